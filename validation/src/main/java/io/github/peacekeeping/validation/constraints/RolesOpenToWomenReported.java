package io.github.peacekeeping.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.internal.RolesOpenToWomenReportedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule {@code LDN16-ROLES-OPEN-TO-WOMEN}: a Member State has told the UN which military roles are open to servicewomen, with a breakdown of officers by rank and gender.
 *
 * <p>Applies to {@code MemberStateCommitments}; null is valid. Severity {@link Severity#INFO} by default (the
 * catalogue's); a payload of {@link Severity.Error}, {@link Severity.Warning} or {@link
 * Severity.Info} overrides it. The payload defaults to none, as Jakarta Bean Validation requires
 * of every constraint.
 */
@Documented
@Constraint(validatedBy = {RolesOpenToWomenReportedValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(RolesOpenToWomenReported.List.class)
@RuleId("LDN16-ROLES-OPEN-TO-WOMEN")
public @interface RolesOpenToWomenReported {

  /**
   * Returns the message template.
   *
   * @return the message key of this constraint by default
   */
  String message() default "{io.github.peacekeeping.validation.constraints.RolesOpenToWomenReported.message}";

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

  /** Several {@link RolesOpenToWomenReported} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    RolesOpenToWomenReported[] value();
  }
}
