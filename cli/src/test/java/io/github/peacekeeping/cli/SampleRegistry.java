package io.github.peacekeeping.cli;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.pledge.TrainingOffer;
import io.github.peacekeeping.core.pledge.TriangularPartnership;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The pledges of the bundled sample registry ({@code sample-pledge-registry.json}).
 *
 * <p>They are ILLUSTRATIVE: the shapes are those of real pledges (a Level 3 infantry battalion
 * pledged at Seoul 2021, a formed police unit with a women platoon at the Rapid Deployment Level, a
 * joint level II hospital, a triangular training partnership), but the contributors' pledges, ids,
 * figures and dates are made up. Two of them break a WARNING rule on purpose, so that the sample
 * shows findings: a pledge not reconfirmed for years (PCRS19-PLEDGE-CURRENCY) and a formed police
 * unit without a women platoon (LDN16-FPU-WOMEN-PLATOON). Nothing breaks an ERROR rule. Each
 * registered pledge carries its readiness history: registered at Level 1, then Level 2 on its
 * Assessment and Advisory Visit, Level 3 on its SUR alignment, the Rapid Deployment Level on its
 * commitment, each step with its evidence.
 *
 * <p>The bundled JSON is still in the exchange format of before readiness histories: once the
 * serialization module writes histories, rewrite it with {@code
 * -Dpeacekeeping.sample.regenerate=true} (see {@link SampleRegistryTest}).
 */
final class SampleRegistry {

  private SampleRegistry() {}

  /** The sample's pledges, in the file's order. */
  static List<Pledge> pledges() {
    return List.of(
        koreanInfantryBattalion(),
        rwandanPoliceUnit(),
        norwegianSerbianHospital(),
        salvadoranHelicopters(),
        ghanaianPoliceUnit(),
        engineeringTraining());
  }

  /** Starts a readiness history registered at Level 1 on a day. */
  private static History history(LocalDate registeredOn) {
    return new History(registeredOn);
  }

  /**
   * A readiness history, step by step. Each step carries the evidence of the levels up to it (the
   * PCRS levels are cumulative): the visit from Level 2 on, the SUR alignment from Level 3 on, the
   * commitment to deploy at the Rapid Deployment Level.
   */
  private static final class History {
    private final List<ReadinessStep> steps = new ArrayList<>();
    private AssessmentVisit visit;
    private SurAlignment sur;

    History(LocalDate registeredOn) {
      steps.add(ReadinessStep.reached(ReadinessLevel.LEVEL_1, registeredOn));
    }

    History level2(LocalDate visitedOn) {
      visit = AssessmentVisit.of(visitedOn);
      steps.add(ReadinessStep.builder().on(visitedOn).level(ReadinessLevel.LEVEL_2).aav(visit)
          .build());
      return this;
    }

    History level3(LocalDate alignedOn, String surReference) {
      sur = SurAlignment.generic(surReference, alignedOn);
      steps.add(ReadinessStep.builder().on(alignedOn).level(ReadinessLevel.LEVEL_3).aav(visit)
          .sur(sur).build());
      return this;
    }

    History rapidDeployment(LocalDate committedOn, int days) {
      steps.add(ReadinessStep.builder().on(committedOn).level(ReadinessLevel.RAPID_DEPLOYMENT)
          .aav(visit).sur(sur).rapidDeployment(RapidDeploymentCommitment.of(days, committedOn))
          .build());
      return this;
    }

    Readiness build() {
      return Readiness.builder().addAllSteps(steps).build();
    }
  }

  private static PredeploymentTraining training(LocalDate completedOn) {
    return PredeploymentTraining.builder()
        .unMinimumStandards(true)
        .conflictRelatedSexualViolence(true)
        .sexualExploitationAndAbuse(true)
        .genderSensitive(true)
        .completedOn(completedOn)
        .build();
  }

  private static Pledge koreanInfantryBattalion() {
    MemberState korea = MemberState.fromName("Republic of Korea");
    return Pledge.builder()
        .id("KOR-2021-INF-1")
        .contributor(korea)
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .conference(Conference.SEOUL_2021)
        .pledgedOn(LocalDate.of(2021, 12, 7))
        .addReconfirmations(LocalDate.of(2026, 9, 1))
        .addUnit(Unit.builder()
            .id("KOR-INF-1")
            .type(UnitType.INFANTRY_BATTALION)
            .contributor(korea)
            .status(DeploymentStatus.READY_TO_DEPLOY)
            .personnel(PersonnelCount.of(68, 782))
            .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.of(1, 2))
            .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
            .addEngagementTeam(EngagementTeam.of("Engagement team 1", PersonnelCount.of(3, 5)))
            .addEngagementTeam(EngagementTeam.of("Engagement team 2", PersonnelCount.of(2, 6)))
            .training(training(LocalDate.of(2026, 4, 10)))
            .vetted(true)
            .build())
        .readiness(history(LocalDate.of(2021, 12, 7))
            .level2(LocalDate.of(2022, 6, 15))
            .level3(LocalDate.of(2022, 9, 30), "SUR-INF-2022-01")
            .build())
        .build();
  }

  private static Pledge rwandanPoliceUnit() {
    MemberState rwanda = MemberState.fromName("Rwanda");
    return Pledge.builder()
        .id("RWA-2016-FPU-1")
        .contributor(rwanda)
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .addCategory(PledgeCategory.WOMEN_IN_PEACEKEEPING)
        .conference(Conference.LONDON_2016)
        .pledgedOn(LocalDate.of(2016, 9, 8))
        .addReconfirmations(LocalDate.of(2026, 7, 1))
        .addUnit(Unit.builder()
            .id("RWA-FPU-1")
            .type(UnitType.FORMED_POLICE_UNIT)
            .contributor(rwanda)
            .status(DeploymentStatus.READY_TO_DEPLOY)
            .personnel(PersonnelCount.of(44, 96))
            .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
            .addPlatoon(Platoon.of("Platoon 1", PersonnelCount.ofWomen(32)))
            .addPlatoon(Platoon.of("Platoon 2", PersonnelCount.of(4, 28)))
            .addPlatoon(Platoon.of("Platoon 3", PersonnelCount.of(3, 29)))
            .training(training(LocalDate.of(2026, 5, 20)))
            .vetted(true)
            .rapidDeploymentDays(60)
            .build())
        .readiness(history(LocalDate.of(2016, 11, 1))
            .level2(LocalDate.of(2017, 3, 14))
            .level3(LocalDate.of(2017, 6, 30), "SUR-FPU-2017-02")
            .rapidDeployment(LocalDate.of(2017, 9, 29), 60)
            .build())
        .build();
  }

  private static Pledge norwegianSerbianHospital() {
    MemberState norway = MemberState.fromName("Norway");
    return Pledge.builder()
        .id("NOR-SRB-2021-L2H")
        .arrangement(JointPledge.of(List.of(norway, MemberState.fromName("Serbia"))))
        .addCategory(PledgeCategory.MEDICAL)
        .conference(Conference.SEOUL_2021)
        .pledgedOn(LocalDate.of(2021, 12, 8))
        .addReconfirmations(LocalDate.of(2026, 8, 15))
        .addUnit(Unit.builder()
            .id("NOR-SRB-L2H-1")
            .type(UnitType.LEVEL_2_HOSPITAL)
            .contributor(norway)
            .status(DeploymentStatus.READY_TO_DEPLOY)
            .personnel(PersonnelCount.of(27, 38))
            .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.ofMen(1))
            .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
            .training(training(LocalDate.of(2026, 2, 27)))
            .vetted(true)
            .build())
        .readiness(history(LocalDate.of(2022, 1, 20))
            .level2(LocalDate.of(2022, 10, 4))
            .build())
        .build();
  }

  private static Pledge salvadoranHelicopters() {
    MemberState elSalvador = MemberState.fromName("El Salvador");
    return Pledge.builder()
        .id("SLV-2019-HEL-1")
        .contributor(elSalvador)
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .conference(Conference.NEW_YORK_2019)
        .pledgedOn(LocalDate.of(2019, 3, 29))
        // Not reconfirmed since early 2023: PCRS19-PLEDGE-CURRENCY reports it (WARNING).
        .addReconfirmations(LocalDate.of(2023, 2, 1))
        .addUnit(Unit.builder()
            .id("SLV-HEL-1")
            .type(UnitType.UTILITY_HELICOPTER_UNIT)
            .contributor(elSalvador)
            .status(DeploymentStatus.READY_TO_DEPLOY)
            .personnel(PersonnelCount.of(11, 104))
            .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.ofMen(1))
            .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
            .training(training(LocalDate.of(2022, 11, 30)))
            .vetted(true)
            .nightFlyingCapable(true)
            .build())
        .readiness(history(LocalDate.of(2019, 5, 2))
            .level2(LocalDate.of(2019, 10, 21))
            .level3(LocalDate.of(2020, 2, 14), "SUR-HEL-2019-03")
            .build())
        .build();
  }

  private static Pledge ghanaianPoliceUnit() {
    MemberState ghana = MemberState.fromName("Ghana");
    return Pledge.builder()
        .id("GHA-2023-FPU-1")
        .contributor(ghana)
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .conference(Conference.ACCRA_2023)
        .pledgedOn(LocalDate.of(2023, 12, 6))
        .addReconfirmations(LocalDate.of(2026, 10, 12))
        .addUnit(Unit.builder()
            .id("GHA-FPU-1")
            .type(UnitType.FORMED_POLICE_UNIT)
            .contributor(ghana)
            .status(DeploymentStatus.OFFERED)
            .personnel(PersonnelCount.of(18, 122))
            .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
            // Women in every platoon, but no platoon of women: LDN16-FPU-WOMEN-PLATOON (WARNING).
            .addPlatoon(Platoon.of("Platoon 1", PersonnelCount.of(6, 26)))
            .addPlatoon(Platoon.of("Platoon 2", PersonnelCount.of(6, 26)))
            .addPlatoon(Platoon.of("Platoon 3", PersonnelCount.of(6, 26)))
            .training(training(LocalDate.of(2026, 6, 5)))
            .vetted(true)
            .build())
        .readiness(Readiness.of(ReadinessLevel.LEVEL_1, LocalDate.of(2024, 2, 1)))
        .build();
  }

  private static Pledge engineeringTraining() {
    MemberState kenya = MemberState.fromName("Kenya");
    return Pledge.builder()
        .id("JPN-KEN-2023-TRG")
        .arrangement(TriangularPartnership.of(kenya, MemberState.fromName("Japan")))
        .addCategory(PledgeCategory.TRAINING_AND_CAPACITY_BUILDING)
        .conference(Conference.ACCRA_2023)
        .pledgedOn(LocalDate.of(2023, 12, 5))
        .addReconfirmations(LocalDate.of(2026, 10, 1))
        .addTraining(TrainingOffer.of("Heavy engineering equipment operators' course",
            List.of(kenya)))
        .build();
  }
}
