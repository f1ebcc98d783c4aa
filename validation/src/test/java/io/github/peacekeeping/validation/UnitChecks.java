package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.constraints.RuleId;
import io.github.peacekeeping.validation.internal.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * What the unit rule tests share: running a unit through {@link CommuniqueValidator}, running an
 * annotated bean through Hibernate Validator's default configuration, and a unit fixture the
 * shared {@link Fixtures} lack (a level II hospital, CHOD17's concern).
 */
final class UnitChecks {

  private static final ValidatorFactory DEFAULT_FACTORY = Validation.buildDefaultValidatorFactory();

  private UnitChecks() {}

  /** The findings of one rule for a unit, evaluated in {@link Fixtures#CONTEXT}. */
  static List<Finding> findings(Unit unit, String ruleId) {
    return CommuniqueValidator.create().validate(unit, Fixtures.CONTEXT).findings(ruleId);
  }

  /** The one finding of a rule for a unit; fails unless there is exactly one. */
  static Finding single(Unit unit, String ruleId) {
    List<Finding> findings = findings(unit, ruleId);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  /** The violations of a bean under Hibernate Validator's default configuration. */
  static <T> Set<ConstraintViolation<T>> validateBean(T bean) {
    Validator validator = DEFAULT_FACTORY.getValidator();
    return validator.validate(bean);
  }

  /**
   * The one violation of a bean under the default configuration, checked for its path, payload
   * severity and the rule ID on its annotation.
   */
  static <T> ConstraintViolation<T> singleViolation(
      T bean, String ruleId, Class<? extends Payload> severity, String path) {
    Set<ConstraintViolation<T>> violations = validateBean(bean);
    assertThat(violations).hasSize(1);
    ConstraintViolation<T> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString(path);
    assertThat(violation.getConstraintDescriptor().getPayload()).containsExactly(severity);
    assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType()
        .getAnnotation(RuleId.class).value()).isEqualTo(ruleId);
    return violation;
  }

  /** The severity a violation overrides its constraint's with, if any. */
  static Optional<Severity> severityOverride(ConstraintViolation<?> violation) {
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    Violation details = hibernate.getDynamicPayload(Violation.class);
    return details == null ? Optional.empty() : details.severityOverride();
  }

  /**
   * A deployed level II hospital, a military medical facility, that meets every unit rule.
   * Illustrative figures; the joint Norwegian–Serbian level II hospital is IPI21's example of a
   * joint pledge.
   */
  static Unit levelTwoHospital() {
    return Unit.builder()
        .id("NOR-L2H-1")
        .type(UnitType.LEVEL_2_HOSPITAL)
        .contributor(MemberState.fromName("Norway"))
        .status(DeploymentStatus.DEPLOYED)
        .mission(Mission.of("UNMISS"))
        .personnel(PersonnelCount.of(25, 38))
        .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.ofMen(1))
        .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
        .training(Fixtures.fullTraining())
        .vetted(true)
        .build();
  }
}
