package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.GenderSensitiveTraining;

/**
 * {@code LDN16-GENDER-SENSITIVE-TRAINING}: a unit's recorded pre-deployment training is
 * gender-sensitive. A unit with no training recorded, or training completed after the evaluation
 * date, is left to {@code LDN16-PREDEPLOYMENT-TRAINING}, so the absence is not reported twice.
 */
public final class GenderSensitiveTrainingValidator
    extends RuleValidator<GenderSensitiveTraining, Unit> {

  /** Creates the validator. */
  public GenderSensitiveTrainingValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    if (unit.training().isPresent() && unit.training().get().isCompletedBy(asOf(violations))
        && !unit.training().get().genderSensitive()) {
      violations.report(Units.template("GenderSensitiveTraining", "message"))
          .at("training.genderSensitive")
          .with("unit", unit.id())
          .offending(Boolean.FALSE)
          .add();
    }
  }
}
