package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.validation.constraints.ContributorCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ContributorCode} by parsing the text with the core type's own parser. */
public final class ContributorCodeValidator implements ConstraintValidator<ContributorCode, CharSequence> {

  /** Creates the validator; Bean Validation does, through this constructor. */
  public ContributorCodeValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      Contributor.parse(value);
      return true;
    } catch (IllegalArgumentException invalid) {
      return false;
    }
  }
}
