package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
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
        .caveats(List.of(Caveat.declared("No night patrols")))
        .rapidDeploymentDays(60)
        .build();
  }

  /**
   * A deployed military formed unit without a National Investigation Officer (LDN16-NIO), trained
   * and vetted so that LDN16-NIO is its only error.
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
                .completedOn(LocalDate.of(2024, 1, 15))
                .build())
        .vetted(true)
        .build();
  }

  /** The same battalion with a National Investigation Officer. */
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

  /** A registry with every arrangement kind, units, offers and readiness. */
  static List<Pledge> richRegistry() {
    Pledge single =
        Pledge.builder()
            .id("P-1")
            .contributor(KOR)
            .addCategories(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
            .conference(Conference.SEOUL_2021)
            .pledgedOn(LocalDate.of(2021, 12, 7))
            .reconfirmedOn(LocalDate.of(2023, 12, 5))
            .addUnits(richUnit(), battalionWithNio())
            .addEquipment(EquipmentOffer.of("Armoured personnel carriers", 10, MemberState.of("GHA")))
            .addTraining(TrainingOffer.of("Gender advisers course", List.of(MemberState.of("RWA"))))
            .readiness(
                Readiness.builder()
                    .level(ReadinessLevel.RAPID_DEPLOYMENT)
                    .registeredOn(LocalDate.of(2021, 3, 1))
                    .aavDate(LocalDate.of(2021, 6, 1))
                    .surReference("SUR-FPU-1")
                    .rapidDeploymentDays(60)
                    .build())
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
            .arrangement(Donation.of(KOR, java.util.Optional.empty()))
            .addCategories(PledgeCategory.TECHNOLOGY)
            .pledgedOn(LocalDate.of(2023, 12, 5))
            .build();
    return List.of(single, joint, rotation, triangular, donation);
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
