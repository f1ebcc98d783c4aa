package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.constraints.RuleId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * Pledges of the seeds' arrangements, and assertions shared by the pledge rules' tests.
 *
 * <p>Where a seed names an arrangement without its details, the details are illustrative: the
 * Norwegian–Serbian level II hospital and the C-130 rotation in Mali are IPI21's examples, the 16
 * helicopters the Republic of Korea pledged to donate at Seoul 2021 are in SEO21's press release;
 * ids, dates, figures, the rotation's members and the donation's recipient are not.
 */
final class PledgeFixtures {

  static final MemberState NORWAY = MemberState.fromName("Norway");
  static final MemberState SERBIA = MemberState.fromName("Serbia");
  static final MemberState KOREA = MemberState.fromName("Republic of Korea");

  private static final ValidatorFactory DEFAULT_FACTORY = Validation.buildDefaultValidatorFactory();

  private PledgeFixtures() {}

  /** The compliant Rapid Deployment Level pledge with another window. */
  static Pledge rapidDeploymentPledge(int days) {
    Readiness readiness = Fixtures.rapidDeploymentPledge().readiness().orElseThrow();
    ReadinessStep rdl = readiness.latest();
    return Pledge.builder().from(Fixtures.rapidDeploymentPledge())
        .readiness(Readiness.of(readiness.steps().get(0), ReadinessStep.builder().from(rdl)
            .rapidDeployment(RapidDeploymentCommitment.of(days, rdl.on()))
            .build()))
        .build();
  }

  /** The compliant Level 3 pledge with its readiness replaced. */
  static Pledge withReadiness(Readiness readiness) {
    return Pledge.builder().from(Fixtures.levelThreePledge()).readiness(readiness).build();
  }

  /** The compliant Level 3 pledge, registered on the same day, with its Level 3 step replaced. */
  static Pledge withLevelThreeStep(ReadinessStep step) {
    Readiness readiness = Fixtures.levelThreePledge().readiness().orElseThrow();
    return withReadiness(Readiness.of(readiness.steps().get(0), step));
  }

  /** A level II hospital, ready to deploy, meeting every unit rule. */
  static Unit levelTwoHospital() {
    return Unit.builder().from(Fixtures.infantryBattalion())
        .id("NOR-L2H-1")
        .type(UnitType.LEVEL_2_HOSPITAL)
        .contributor(NORWAY)
        .status(DeploymentStatus.READY_TO_DEPLOY)
        .mission(Optional.empty())
        .personnel(PersonnelCount.of(25, 40))
        .engagementTeams(List.of())
        .build();
  }

  /**
   * IPI21's Norwegian–Serbian level II hospital as a joint pledge of the given contributors; the
   * rest is the compliant Level 3 pledge's (illustrative: the real hospital served MINURCAT,
   * long before Seoul 2021).
   */
  static Pledge hospitalJointPledge(MemberState... contributors) {
    return Pledge.builder().from(Fixtures.levelThreePledge())
        .id("NOR-SRB-L2H")
        .arrangement(JointPledge.of(List.of(contributors)))
        .units(List.of(levelTwoHospital()))
        .build();
  }

  /** The Norwegian–Serbian level II hospital, naming both partners. */
  static Pledge norwegianSerbianHospital() {
    return hospitalJointPledge(NORWAY, SERBIA);
  }

  /**
   * IPI21's C-130 rotation in Mali, as a rotation between two contributors. IPI21 names neither the
   * members nor the periods: Norway and Portugal and the dates are illustrative.
   */
  static Pledge c130Rotation(boolean overlapping) {
    LocalDate secondFrom = overlapping ? LocalDate.of(2022, 6, 1) : LocalDate.of(2022, 7, 1);
    return Pledge.builder().from(Fixtures.levelThreePledge())
        .id("C130-MALI")
        .arrangement(Rotation.of(List.of(
            RotationPeriod.of(NORWAY, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)),
            RotationPeriod.of(MemberState.fromName("Portugal"), secondFrom,
                LocalDate.of(2022, 12, 31)))))
        .units(List.of())
        .build();
  }

  /**
   * The Republic of Korea's pledge at Seoul 2021 to donate 16 helicopters to partner countries
   * (SEO21). The seed names no recipient and no category: a recipient, when given, is illustrative,
   * and the category is our reading (equipment for partners builds their capacity).
   */
  static Pledge koreanHelicopterDonation(Optional<MemberState> recipient) {
    return Pledge.builder()
        .id("KOR-2021-HEL")
        .arrangement(Donation.of(KOREA, recipient))
        .addCategory(PledgeCategory.TRAINING_AND_CAPACITY_BUILDING)
        .conference(Conference.SEOUL_2021)
        .pledgedOn(Conference.SEOUL_2021.date())
        .addReconfirmation(LocalDate.of(2026, 9, 1))
        .addEquipment(EquipmentOffer.of("Helicopter", 16))
        .build();
  }

  /** Findings of one rule on a pledge, validated with the library's validator. */
  static List<Finding> findings(Pledge pledge, ValidationContext context, String ruleId) {
    return CommuniqueValidator.create().validate(pledge, context).findings(ruleId);
  }

  /** Findings of one rule on a unit, validated with the library's validator. */
  static List<Finding> findings(Unit unit, ValidationContext context, String ruleId) {
    return CommuniqueValidator.create().validate(unit, context).findings(ruleId);
  }

  /** Hibernate Validator's default validator, as an application that annotates its beans uses. */
  static Validator defaultValidator() {
    return DEFAULT_FACTORY.getValidator();
  }

  /** The default validator, passing a context as constraint validator payload. */
  static Validator defaultValidator(ValidationContext context) {
    return DEFAULT_FACTORY.unwrap(HibernateValidatorFactory.class)
        .usingContext().constraintValidatorPayload(context).getValidator();
  }

  /** Asserts one violation at the path, with the severity payload and the rule ID. */
  static <T> void assertSingleViolation(
      Set<ConstraintViolation<T>> violations, String path, Class<?> severityPayload, String ruleId) {
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.getPropertyPath()).hasToString(path);
      assertThat(v.getConstraintDescriptor().getPayload()).containsExactly(severityPayload.asSubclass(
          jakarta.validation.Payload.class));
      assertThat(v.getConstraintDescriptor().getAnnotation().annotationType()
          .getAnnotation(RuleId.class).value()).isEqualTo(ruleId);
    });
  }
}
