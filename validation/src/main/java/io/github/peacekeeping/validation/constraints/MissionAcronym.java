package io.github.peacekeeping.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.peacekeeping.validation.internal.MissionAcronymValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A structural constraint on text: the annotated {@code CharSequence} is the acronym of a mission in the catalogue ({@code "UNMISS"}).
 *
 * <p>For data transfer objects that hold identifiers as text before they become core values; null
 * is valid (combine with {@code @NotNull}). Not a communiqué rule, so it has no rule ID.
 */
@Documented
@Constraint(validatedBy = MissionAcronymValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(MissionAcronym.List.class)
public @interface MissionAcronym {

  /**
   * Returns the message template.
   *
   * @return the message key of this constraint by default
   */
  String message() default "{io.github.peacekeeping.validation.constraints.MissionAcronym.message}";

  /**
   * Returns the validation groups the constraint belongs to.
   *
   * @return the groups; the default group unless set
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload, none by default
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link MissionAcronym} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    MissionAcronym[] value();
  }
}
