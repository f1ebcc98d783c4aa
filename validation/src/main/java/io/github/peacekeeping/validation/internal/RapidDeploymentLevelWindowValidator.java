package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.validation.constraints.RapidDeploymentLevelWindow;
import java.time.LocalDate;

/**
 * {@code PCRS19-RDL-WINDOW}: a pledge at the Rapid Deployment Level on the evaluation date commits,
 * in the readiness step in force, to deploy within 60 days of a UN request; a step that states no
 * window has committed to nothing.
 */
public final class RapidDeploymentLevelWindowValidator
    extends RuleValidator<RapidDeploymentLevelWindow, Pledge> {

  /** The longest window the Rapid Deployment Level allows, in days. */
  private static final int MAX_DAYS = 60;

  /** Creates the validator. */
  public RapidDeploymentLevelWindowValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    LocalDate asOf = asOf(violations);
    ReadinessStep step = pledge.readiness().flatMap(history -> history.stepOn(asOf)).orElse(null);
    if (step == null || step.level().orElse(null) != ReadinessLevel.RAPID_DEPLOYMENT) {
      return;
    }
    String path = Pledges.stepPath(pledge, asOf) + ".rapidDeployment";
    if (step.rapidDeployment().isEmpty()) {
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "RapidDeploymentLevelWindow.noWindow}")
          .at(path)
          .with("pledge", pledge.id())
          .offending(step)
          .add();
    } else if (step.rapidDeployment().get().days() > MAX_DAYS) {
      int days = step.rapidDeployment().get().days();
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "RapidDeploymentLevelWindow.message}")
          .at(path + ".days")
          .with("pledge", pledge.id())
          .with("days", days)
          .offending(days)
          .add();
    }
  }
}
