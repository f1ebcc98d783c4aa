package io.github.peacekeeping.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.internal.RapidDeploymentLevelWindowValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule {@code PCRS19-RDL-WINDOW}: a pledge at the Rapid Deployment Level commits to deploy within 60 days of a UN request.
 *
 * <p>Applies to {@code Pledge}; null is valid. Severity {@link Severity#ERROR}: the library's
 * validator carries it as payload; Bean Validation requires an empty default payload, so on an
 * annotated bean write {@code payload = Severity.Error.class} to carry it.
 */
@Documented
@Constraint(validatedBy = {RapidDeploymentLevelWindowValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(RapidDeploymentLevelWindow.List.class)
@RuleId("PCRS19-RDL-WINDOW")
public @interface RapidDeploymentLevelWindow {

  /**
   * Returns the message template.
   *
   * @return the message key of this constraint by default
   */
  String message() default "{io.github.peacekeeping.validation.constraints.RapidDeploymentLevelWindow.message}";

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

  /** Several {@link RapidDeploymentLevelWindow} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    RapidDeploymentLevelWindow[] value();
  }
}
