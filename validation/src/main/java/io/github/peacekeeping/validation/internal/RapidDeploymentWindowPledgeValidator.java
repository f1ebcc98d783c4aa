package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.validation.constraints.RapidDeploymentWindow;
import java.util.OptionalInt;

/**
 * {@code LDN16-RAPID-DEPLOYMENT-WINDOW} on a pledge: a pledge offered for rapid deployment states,
 * in its readiness, a window of 30, 60 or 90 days. A pledge counts as offered for rapid deployment
 * when it is at the Rapid Deployment Level, states a window, or includes a unit that states one
 * ({@link Pledge#offeredForRapidDeployment()}); the units' own windows are checked on the units.
 */
public final class RapidDeploymentWindowPledgeValidator
    extends RuleValidator<RapidDeploymentWindow, Pledge> {

  /** Creates the validator. */
  public RapidDeploymentWindowPledgeValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    if (!pledge.offeredForRapidDeployment()) {
      return;
    }
    OptionalInt days = pledge.readiness()
        .map(Readiness::rapidDeploymentDays)
        .orElse(OptionalInt.empty());
    if (days.isEmpty()) {
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "RapidDeploymentWindow.noWindow}")
          .at("readiness.rapidDeploymentDays")
          .with("pledge", pledge.id())
          .offending(pledge.readiness().orElse(null))
          .add();
    } else if (!RapidDeploymentWindows.isLondonWindow(days.getAsInt())) {
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "RapidDeploymentWindow.message}")
          .at("readiness.rapidDeploymentDays")
          .with("pledge", pledge.id())
          .with("days", days.getAsInt())
          .offending(days.getAsInt())
          .add();
    }
  }
}
