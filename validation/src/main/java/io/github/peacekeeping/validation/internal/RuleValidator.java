package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.validation.ValidationContext;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.time.LocalDate;

/**
 * Base of every rule's validator: null is valid (Bean Validation's convention: {@code @NotNull}
 * says whether null is allowed), and violations are reported through {@link Violations}, which
 * knows the path, message parameters, offending value and any severity override.
 *
 * @param <A> the constraint annotation
 * @param <T> the type validated
 */
public abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

  /** Creates the validator; Bean Validation does, through the public no-argument constructor. */
  protected RuleValidator() {}

  @Override
  public final boolean isValid(T value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Violations violations = new Violations(context);
    check(value, violations);
    return violations.none();
  }

  /**
   * Checks a value and reports each violation.
   *
   * @param value the value, not null
   * @param violations where to report, not null; its {@link Violations#context()} gives the
   *     evaluation context when there is one
   */
  protected abstract void check(T value, Violations violations);

  /**
   * Tells whether a validation context was supplied; rules that need one skip without it.
   *
   * @param violations the violations of the current check
   * @return the context, or null when none was supplied
   */
  protected static ValidationContext contextOrNull(Violations violations) {
    return violations.context().orElse(null);
  }

  /**
   * Returns the day facts are read as of: the context's evaluation date, or, without a context
   * (plain Jakarta Validation), {@link LocalDate#MAX}, so that every recorded fact counts and a
   * history is read at its latest step.
   *
   * @param violations the violations of the current check
   * @return the day, never null
   */
  protected static LocalDate asOf(Violations violations) {
    ValidationContext context = contextOrNull(violations);
    return context == null ? LocalDate.MAX : context.asOf();
  }
}
