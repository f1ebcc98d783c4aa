package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.validation.constraints.RapidDeploymentLevelWindow;

/**
 * {@code PCRS19-RDL-WINDOW}: a pledge at the Rapid Deployment Level commits to deploy within 60
 * days of a UN request; a pledge that states no window has committed to nothing.
 */
public final class RapidDeploymentLevelWindowValidator
    extends RuleValidator<RapidDeploymentLevelWindow, Pledge> {

  /** The longest window the Rapid Deployment Level allows, in days. */
  private static final int MAX_DAYS = 60;

  /** Creates the validator. */
  public RapidDeploymentLevelWindowValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    Readiness readiness = pledge.readiness().orElse(null);
    if (readiness == null || readiness.level() != ReadinessLevel.RAPID_DEPLOYMENT) {
      return;
    }
    if (readiness.rapidDeploymentDays().isEmpty()) {
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "RapidDeploymentLevelWindow.noWindow}")
          .at("readiness.rapidDeploymentDays")
          .with("pledge", pledge.id())
          .offending(readiness)
          .add();
    } else if (readiness.rapidDeploymentDays().getAsInt() > MAX_DAYS) {
      int days = readiness.rapidDeploymentDays().getAsInt();
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "RapidDeploymentLevelWindow.message}")
          .at("readiness.rapidDeploymentDays")
          .with("pledge", pledge.id())
          .with("days", days)
          .offending(days)
          .add();
    }
  }
}
