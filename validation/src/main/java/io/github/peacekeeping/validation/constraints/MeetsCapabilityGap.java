package io.github.peacekeeping.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.internal.MeetsCapabilityGapValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule {@code LDN16-CAPABILITY-GAP}: a capability pledge meets at least one of the capability gaps the caller identifies.
 *
 * <p>Applies to {@code Pledge}; null is valid. Severity {@link Severity#WARNING}: the library's
 * validator carries it as payload; Bean Validation requires an empty default payload, so on an
 * annotated bean write {@code payload = Severity.Warning.class} to carry it.
 */
@Documented
@Constraint(validatedBy = {MeetsCapabilityGapValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(MeetsCapabilityGap.List.class)
@RuleId("LDN16-CAPABILITY-GAP")
public @interface MeetsCapabilityGap {

  /**
   * Returns the message template.
   *
   * @return the message key of this constraint by default
   */
  String message() default "{io.github.peacekeeping.validation.constraints.MeetsCapabilityGap.message}";

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

  /** Several {@link MeetsCapabilityGap} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    MeetsCapabilityGap[] value();
  }
}
