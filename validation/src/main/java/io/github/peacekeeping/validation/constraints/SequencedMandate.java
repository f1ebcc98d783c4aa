package io.github.peacekeeping.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.internal.SequencedMandateValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule {@code LDN16-MANDATE-SEQUENCED}: every task of a mission's mandate has a priority or a phase.
 *
 * <p>Applies to {@code MissionProfile}; null is valid. Severity {@link Severity#WARNING} by default (the
 * catalogue's); a payload of {@link Severity.Error}, {@link Severity.Warning} or {@link
 * Severity.Info} overrides it. The payload defaults to none, as Jakarta Bean Validation requires
 * of every constraint.
 */
@Documented
@Constraint(validatedBy = {SequencedMandateValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(SequencedMandate.List.class)
@RuleId("LDN16-MANDATE-SEQUENCED")
public @interface SequencedMandate {

  /**
   * Returns the message template.
   *
   * @return the message key of this constraint by default
   */
  String message() default "{io.github.peacekeeping.validation.constraints.SequencedMandate.message}";

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

  /** Several {@link SequencedMandate} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    SequencedMandate[] value();
  }
}
