package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.RapidDeploymentWindow;

/**
 * {@code LDN16-RAPID-DEPLOYMENT-WINDOW} on a unit: a unit that states a rapid-deployment window
 * states 30, 60 or 90 days. A unit with no window is not offered for rapid deployment.
 */
public final class RapidDeploymentWindowUnitValidator
    extends RuleValidator<RapidDeploymentWindow, Unit> {

  /** Creates the validator. */
  public RapidDeploymentWindowUnitValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    if (unit.rapidDeploymentDays().isPresent()
        && !RapidDeploymentWindows.isLondonWindow(unit.rapidDeploymentDays().getAsInt())) {
      int days = unit.rapidDeploymentDays().getAsInt();
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "RapidDeploymentWindow.unit}")
          .at("rapidDeploymentDays")
          .with("unit", unit.id())
          .with("days", days)
          .offending(days)
          .add();
    }
  }
}
