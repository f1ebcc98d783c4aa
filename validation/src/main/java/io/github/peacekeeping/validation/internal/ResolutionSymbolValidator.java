package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
import io.github.peacekeeping.validation.constraints.ResolutionSymbol;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ResolutionSymbol} by parsing the text with the core type's own parser. */
public final class ResolutionSymbolValidator implements ConstraintValidator<ResolutionSymbol, CharSequence> {

  /** Creates the validator; Bean Validation does, through this constructor. */
  public ResolutionSymbolValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      SecurityCouncilResolution.parse(value);
      return true;
    } catch (IllegalArgumentException invalid) {
      return false;
    }
  }
}
