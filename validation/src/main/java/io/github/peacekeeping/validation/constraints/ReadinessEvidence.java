package io.github.peacekeeping.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.internal.ReadinessEvidenceValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule {@code PCRS19-LEVEL-EVIDENCE}: the readiness level a pledge claims is backed by its evidence (AAV date from Level 2, SUR from Level 3).
 *
 * <p>Applies to {@code Pledge}; null is valid. Severity {@link Severity#ERROR}: the library's
 * validator carries it as payload; Bean Validation requires an empty default payload, so on an
 * annotated bean write {@code payload = Severity.Error.class} to carry it.
 */
@Documented
@Constraint(validatedBy = {ReadinessEvidenceValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ReadinessEvidence.List.class)
@RuleId("PCRS19-LEVEL-EVIDENCE")
public @interface ReadinessEvidence {

  /**
   * Returns the message template.
   *
   * @return the message key of this constraint by default
   */
  String message() default "{io.github.peacekeeping.validation.constraints.ReadinessEvidence.message}";

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

  /** Several {@link ReadinessEvidence} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    ReadinessEvidence[] value();
  }
}
