package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Values that meet every rule, for tests to break one rule at a time with {@code with*} copies or
 * builders seeded {@code from} them.
 *
 * <p>The figures are illustrative, not taken from a real unit or pledge; the shapes follow the
 * seeds (an infantry battalion with National Investigation Officers and engagement teams, a mixed
 * formed police unit of 140 with a women platoon, a Level 3 pledge at Seoul 2021).
 */
final class Fixtures {

  /** The evaluation date of the fixtures. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  /** Every rule set, as of {@link #AS_OF}. */
  static final ValidationContext CONTEXT = ValidationContext.asOf(AS_OF);

  private Fixtures() {}

  static PredeploymentTraining fullTraining() {
    return PredeploymentTraining.builder()
        .unMinimumStandards(true)
        .conflictRelatedSexualViolence(true)
        .sexualExploitationAndAbuse(true)
        .genderSensitive(true)
        .completedOn(LocalDate.of(2026, 3, 1))
        .build();
  }

  /** A deployed infantry battalion that meets every unit rule. */
  static Unit infantryBattalion() {
    return Unit.builder()
        .id("BGD-INF-1")
        .type(UnitType.INFANTRY_BATTALION)
        .contributor(MemberState.fromName("Bangladesh"))
        .status(DeploymentStatus.DEPLOYED)
        .mission(Mission.of("UNMISS"))
        .personnel(PersonnelCount.of(80, 770))
        .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.of(1, 2))
        .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
        .addEngagementTeam(EngagementTeam.of("Engagement team 1", PersonnelCount.of(3, 5)))
        .training(fullTraining())
        .vetted(true)
        .build();
  }

  /** A deployed formed police unit of 140 with a women platoon, meeting every unit rule. */
  static Unit formedPoliceUnit() {
    return Unit.builder()
        .id("RWA-FPU-2")
        .type(UnitType.FORMED_POLICE_UNIT)
        .contributor(MemberState.fromName("Rwanda"))
        .status(DeploymentStatus.DEPLOYED)
        .mission(Mission.of("UNMISS"))
        .personnel(PersonnelCount.of(40, 100))
        .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
        .addPlatoon(Platoon.of("Platoon 1", PersonnelCount.ofWomen(32)))
        .addPlatoon(Platoon.of("Platoon 2", PersonnelCount.of(2, 30)))
        .training(fullTraining())
        .vetted(true)
        .build();
  }

  /** A utility helicopter unit ready to deploy, with night-flying capacity. */
  static Unit helicopterUnit() {
    return Unit.builder()
        .id("SLV-HEL-1")
        .type(UnitType.UTILITY_HELICOPTER_UNIT)
        .contributor(MemberState.fromName("El Salvador"))
        .status(DeploymentStatus.READY_TO_DEPLOY)
        .personnel(PersonnelCount.of(12, 108))
        .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.ofMen(1))
        .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
        .training(fullTraining())
        .vetted(true)
        .nightFlyingCapable(true)
        .build();
  }

  /** A Level 3 capability pledge made at Seoul 2021 and reconfirmed recently. */
  static Pledge levelThreePledge() {
    return Pledge.builder()
        .id("KOR-2021-001")
        .contributor(MemberState.fromName("Republic of Korea"))
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .conference(Conference.SEOUL_2021)
        .pledgedOn(LocalDate.of(2021, 12, 7))
        .addReconfirmation(LocalDate.of(2026, 9, 1))
        .addUnit(Unit.builder().from(infantryBattalion())
            .status(DeploymentStatus.READY_TO_DEPLOY)
            .mission(Optional.empty())
            .build())
        .readiness(Readiness.of(
            ReadinessStep.reached(ReadinessLevel.LEVEL_1, LocalDate.of(2021, 12, 7)),
            ReadinessStep.builder()
                .on(LocalDate.of(2022, 6, 30))
                .level(ReadinessLevel.LEVEL_3)
                .aav(AssessmentVisit.of(LocalDate.of(2022, 6, 15)))
                .sur(SurAlignment.generic("SUR-INF-2020-GENERIC", LocalDate.of(2022, 6, 30)))
                .build()))
        .build();
  }

  /** The Level 3 step of {@link #levelThreePledge()}, with its evidence. */
  static ReadinessStep levelThreeStep() {
    return levelThreePledge().readiness().orElseThrow().latest();
  }

  /** A pledge at the Rapid Deployment Level with a 60-day window and all its evidence. */
  static Pledge rapidDeploymentPledge() {
    return Pledge.builder()
        .from(levelThreePledge())
        .id("KOR-2021-002")
        .readiness(Readiness.of(
            ReadinessStep.reached(ReadinessLevel.LEVEL_1, LocalDate.of(2021, 12, 7)),
            ReadinessStep.builder().from(levelThreeStep())
                .level(ReadinessLevel.RAPID_DEPLOYMENT)
                .rapidDeployment(RapidDeploymentCommitment.of(60, LocalDate.of(2022, 6, 30)))
                .build()))
        .build();
  }

  /** A Member State that has met both member-state commitments. */
  static MemberStateCommitments commitments() {
    return MemberStateCommitments.of(MemberState.fromName("Ghana"), true, true, true);
  }
}
