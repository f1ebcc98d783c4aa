package io.github.peacekeeping.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.internal.MissionActiveRecordValidator;
import io.github.peacekeeping.validation.internal.MissionActiveUnitValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule {@code UNSC-MISSION-ACTIVE}: a unit is deployed, and a deployment record counts personnel,
 * only in a mission that operates on that date.
 *
 * <p>Applies to {@code Unit} and {@code DeploymentRecord}; null is valid. Severity {@link
 * Severity#ERROR} by default (the catalogue's); a payload of {@link Severity.Error}, {@link
 * Severity.Warning} or {@link Severity.Info} overrides it. The payload defaults to none, as Jakarta Bean Validation requires
 * of every constraint.
 */
@Documented
@Constraint(validatedBy = {MissionActiveUnitValidator.class, MissionActiveRecordValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(MissionActive.List.class)
@RuleId("UNSC-MISSION-ACTIVE")
public @interface MissionActive {

  /**
   * Returns the message template.
   *
   * @return the message key of this constraint by default
   */
  String message() default "{io.github.peacekeeping.validation.constraints.MissionActive.message}";

  /**
   * Returns the validation groups the constraint belongs to.
   *
   * @return the groups; the default group unless set
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload; a severity class in it overrides the rule's own severity.
   *
   * @return the payload, none by default
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link MissionActive} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    MissionActive[] value();
  }
}
