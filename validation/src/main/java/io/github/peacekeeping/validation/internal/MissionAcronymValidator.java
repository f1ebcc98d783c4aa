package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.validation.constraints.MissionAcronym;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link MissionAcronym} by parsing the text with the core type's own parser. */
public final class MissionAcronymValidator implements ConstraintValidator<MissionAcronym, CharSequence> {

  /** Creates the validator; Bean Validation does, through this constructor. */
  public MissionAcronymValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      Mission.of(value);
      return true;
    } catch (IllegalArgumentException invalid) {
      return false;
    }
  }
}
