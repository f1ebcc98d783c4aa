package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatePeriod;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MandatedTaskKind;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.pledge.TrainingOffer;
import io.github.peacekeeping.core.pledge.TriangularPartnership;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Values shared by the JSON tests: illustrative pledges and units, real deployment rows. */
final class WriterFixtures {

  static final MemberState KOR = MemberState.of("KOR");
  static final MemberState GBR = MemberState.of("GBR");
  static final Mission UNMISS = Mission.of("UNMISS");

  private WriterFixtures() {}

  /** A deployed formed police unit with every optional attribute present. */
  static Unit richUnit() {
    return Unit.builder()
        .id("FPU-1")
        .type(UnitType.FORMED_POLICE_UNIT)
        .contributor(KOR)
        .status(DeploymentStatus.DEPLOYED)
        .mission(UNMISS)
        .personnel(PersonnelCount.of(40, 100))
        .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
        .addPlatoon(Platoon.of("Women platoon", PersonnelCount.ofWomen(35)))
        .addEngagementTeam(EngagementTeam.of("Team A", PersonnelCount.of(4, 4)))
        .training(
            PredeploymentTraining.builder()
                .unMinimumStandards(true)
                .conflictRelatedSexualViolence(true)
                .sexualExploitationAndAbuse(true)
                .genderSensitive(false)
                .completedOn(LocalDate.of(2024, 1, 15))
                .build())
        .vetted(true)
        .vettedOn(LocalDate.of(2023, 11, 20))
        .caveats(List.of(Caveat.declared("No night patrols")))
        .rapidDeploymentDays(60)
        .build();
  }

  /**
   * A deployed military formed unit, trained and vetted, whose only ERROR finding is that it has no
   * National Investigation Officer (LDN16-NIO).
   */
  static Unit battalionWithoutNio() {
    return Unit.builder()
        .id("INF-1")
        .type(UnitType.INFANTRY_BATTALION)
        .contributor(GBR)
        .status(DeploymentStatus.DEPLOYED)
        .mission(UNMISS)
        .personnel(PersonnelCount.of(85, 765))
        .training(
            PredeploymentTraining.builder()
                .unMinimumStandards(true)
                .conflictRelatedSexualViolence(true)
                .sexualExploitationAndAbuse(true)
                .genderSensitive(true)
                .completedOn(LocalDate.of(2023, 10, 2))
                .build())
        .vetted(true)
        .build();
  }

  /** The same battalion with a National Investigation Officer: no ERROR finding. */
  static Unit battalionWithNio() {
    return Unit.builder()
        .from(battalionWithoutNio())
        .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.ofMen(1))
        .build();
  }

  static UnitType customType() {
    return UnitType.builder()
        .code("CIMIC_TEAM")
        .name("Civil-military coordination team")
        .category(UnitCategory.MILITARY)
        .formed(true)
        .nominalStrength(12)
        .build();
  }

  /**
   * A readiness history through every level, each step with the evidence for it: registered at
   * Level 1, a successful visit for Level 2, a SUR alignment for Level 3, a 60-day commitment for
   * the Rapid Deployment Level.
   */
  static Readiness fullHistory() {
    AssessmentVisit visit = AssessmentVisit.of(LocalDate.of(2022, 6, 15));
    SurAlignment sur = SurAlignment.generic("SUR-FPU-1", LocalDate.of(2023, 3, 20));
    return Readiness.of(
        ReadinessStep.reached(ReadinessLevel.LEVEL_1, LocalDate.of(2021, 12, 8)),
        ReadinessStep.builder().on(LocalDate.of(2022, 6, 30)).level(ReadinessLevel.LEVEL_2)
            .aav(visit).build(),
        ReadinessStep.builder().on(LocalDate.of(2023, 3, 31)).level(ReadinessLevel.LEVEL_3)
            .aav(visit).sur(sur).build(),
        ReadinessStep.builder().on(LocalDate.of(2023, 12, 5))
            .level(ReadinessLevel.RAPID_DEPLOYMENT).aav(visit).sur(sur)
            .rapidDeployment(RapidDeploymentCommitment.of(60, LocalDate.of(2023, 12, 5))).build());
  }

  /** A registry with every arrangement kind, units, offers and readiness; no ERROR finding. */
  static List<Pledge> richRegistry() {
    Pledge single =
        Pledge.builder()
            .id("P-1")
            .contributor(KOR)
            .addCategories(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
            .conference(Conference.SEOUL_2021)
            .pledgedOn(LocalDate.of(2021, 12, 7))
            .addReconfirmations(LocalDate.of(2022, 12, 6), LocalDate.of(2023, 12, 5))
            .addUnits(richUnit(), battalionWithNio())
            .addEquipment(EquipmentOffer.of("Armoured personnel carriers", 10, MemberState.of("GHA")))
            .addTraining(TrainingOffer.of("Gender advisers course", List.of(MemberState.of("RWA"))))
            .readiness(fullHistory())
            .build();
    Pledge joint =
        Pledge.builder()
            .id("P-2")
            .arrangement(JointPledge.of(List.of(GBR, InternationalOrganisation.EU)))
            .addCategories(PledgeCategory.TRAINING_AND_CAPACITY_BUILDING)
            .pledgedOn(LocalDate.of(2021, 12, 7))
            .build();
    Pledge rotation =
        Pledge.builder()
            .id("P-3")
            .arrangement(
                Rotation.of(
                    List.of(
                        RotationPeriod.of(GBR, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30)),
                        RotationPeriod.of(
                            KOR, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 12, 31)))))
            .addCategories(PledgeCategory.MEDICAL)
            .pledgedOn(LocalDate.of(2016, 9, 8))
            .build();
    Pledge triangular =
        Pledge.builder()
            .id("P-4")
            .arrangement(TriangularPartnership.of(MemberState.of("RWA"), GBR))
            .addCategories(PledgeCategory.TRAINING_AND_CAPACITY_BUILDING)
            .pledgedOn(LocalDate.of(2019, 3, 29))
            .build();
    Pledge donation =
        Pledge.builder()
            .id("P-5")
            .arrangement(Donation.of(KOR, java.util.Optional.of(MemberState.of("GHA"))))
            .addCategories(PledgeCategory.TECHNOLOGY)
            .pledgedOn(LocalDate.of(2023, 12, 5))
            .build();
    return List.of(single, joint, rotation, triangular, donation);
  }

  /**
   * UNMISS with two mandates over time, the earlier in force on the profile's day, its police
   * ceiling with a sub-ceiling of formed police.
   */
  static MissionProfile unmissMandatesOverTime() {
    AuthorisedCeiling police = AuthorisedCeiling.ofPolice(2101)
        .withSubCeiling(AuthorisedCeiling.of(1441, PersonnelCategory.FORMED_POLICE_UNITS));
    Mandate earlier = Mandate.builder()
        .mission(UNMISS)
        .authorisedBy(SecurityCouncilResolution.of(2677, 2023))
        .period(MandatePeriod.parse("2023-05-01/2024-04-30"))
        .addTask(MandatedTask.of("Protection of civilians",
            MandatedTaskKind.PROTECTION_OF_CIVILIANS).withPriority(1))
        .addCeiling(AuthorisedCeiling.ofMilitary(17_000))
        .addCeiling(police)
        .build();
    Mandate later = Mandate.builder().from(earlier)
        .authorisedBy(SecurityCouncilResolution.of(2729, 2024))
        .period(MandatePeriod.parse("2024-05-01/2025-04-30"))
        .ceilings(List.of(AuthorisedCeiling.ofMilitary(17_000), AuthorisedCeiling.ofPolice(2101)))
        .build();
    return MissionProfile.builder()
        .mission(UNMISS)
        .addMandates(earlier, later)
        .putDeployed(PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCount.of(150, 1200))
        .asOf(LocalDate.of(2024, 2, 29))
        .build();
  }

  /** The real UN rows of UNMISS on 28 February 2014, one record per non-zero category. */
  static DeploymentSnapshot unmissFebruary2014() {
    LocalDate date = LocalDate.of(2014, 2, 28);
    List<DeploymentRecord> records = new ArrayList<>();
    Map<PersonnelCategory, Integer> firstColumn =
        Map.of(
            PersonnelCategory.INDIVIDUAL_POLICE, 5,
            PersonnelCategory.FORMED_POLICE_UNITS, 8,
            PersonnelCategory.MILITARY_OBSERVERS, 11,
            PersonnelCategory.CONTINGENT_TROOPS, 14);
    try {
      for (String line :
          Files.readAllLines(
              Path.of("../data/un-contributions-by-gender-2009-2014.csv"),
              StandardCharsets.UTF_8)) {
        String[] cells = line.replace("\"", "").split(",");
        if (!cells[1].equals("2014-02-28") || !cells[4].equals("UNMISS")) {
          continue;
        }
        MemberState contributor = MemberState.of(cells[3]);
        for (PersonnelCategory category : PersonnelCategory.values()) {
          Integer column = firstColumn.get(category);
          if (column == null) {
            continue;
          }
          PersonnelCount count =
              PersonnelCount.of(
                  Long.parseLong(cells[column + 1]), Long.parseLong(cells[column]));
          if (!count.isZero()) {
            records.add(DeploymentRecord.of(date, contributor, UNMISS, category, count));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DeploymentSnapshot.of(date, records);
  }
}
