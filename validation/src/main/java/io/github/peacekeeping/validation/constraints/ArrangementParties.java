package io.github.peacekeeping.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.internal.ArrangementPartiesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule {@code IPI21-ARRANGEMENT-PARTIES}: a pledge's arrangement names its parties: two or more for joint pledges and rotations (whose periods do not overlap), a distinct provider for a triangular partnership, a recipient for a donation.
 *
 * <p>Applies to {@code Pledge}; null is valid. Severity {@link Severity#ERROR}: the library's
 * validator carries it as payload; Bean Validation requires an empty default payload, so on an
 * annotated bean write {@code payload = Severity.Error.class} to carry it.
 */
@Documented
@Constraint(validatedBy = {ArrangementPartiesValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ArrangementParties.List.class)
@RuleId("IPI21-ARRANGEMENT-PARTIES")
public @interface ArrangementParties {

  /**
   * Returns the message template.
   *
   * @return the message key of this constraint by default
   */
  String message() default "{io.github.peacekeeping.validation.constraints.ArrangementParties.message}";

  /**
   * Returns the validation groups the constraint belongs to.
   *
   * @return the groups; the default group unless set
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload; its severity class sets the severity of the findings.
   *
   * @return the payload; empty by default, as Bean Validation requires
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link ArrangementParties} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    ArrangementParties[] value();
  }
}
