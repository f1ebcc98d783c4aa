package io.github.peacekeeping.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.internal.WithinAuthorisedCeilingsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule {@code UNSC-AUTHORISED-CEILING}: uniformed personnel deployed to a mission do not exceed, per category, the ceilings its current mandate authorises.
 *
 * <p>Applies to {@code MissionProfile}; null is valid. Severity {@link Severity#ERROR} by default (the
 * catalogue's); a payload of {@link Severity.Error}, {@link Severity.Warning} or {@link
 * Severity.Info} overrides it. The payload defaults to none, as Jakarta Bean Validation requires
 * of every constraint.
 */
@Documented
@Constraint(validatedBy = {WithinAuthorisedCeilingsValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(WithinAuthorisedCeilings.List.class)
@RuleId("UNSC-AUTHORISED-CEILING")
public @interface WithinAuthorisedCeilings {

  /**
   * Returns the message template.
   *
   * @return the message key of this constraint by default
   */
  String message() default "{io.github.peacekeeping.validation.constraints.WithinAuthorisedCeilings.message}";

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

  /** Several {@link WithinAuthorisedCeilings} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    WithinAuthorisedCeilings[] value();
  }
}
