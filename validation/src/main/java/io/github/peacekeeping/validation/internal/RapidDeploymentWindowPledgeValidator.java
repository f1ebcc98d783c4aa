package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.validation.constraints.RapidDeploymentWindow;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code LDN16-RAPID-DEPLOYMENT-WINDOW} on a pledge: a pledge offered for rapid deployment on the
 * evaluation date states, in the readiness step in force, a window of 30, 60 or 90 days. A pledge
 * counts as offered for rapid deployment when that step is at the Rapid Deployment Level or states
 * a window, or when it includes a unit that states one ({@link
 * Pledge#offeredForRapidDeployment(LocalDate)}); the units' own windows are checked on the units.
 */
public final class RapidDeploymentWindowPledgeValidator
    extends RuleValidator<RapidDeploymentWindow, Pledge> {

  /** Creates the validator. */
  public RapidDeploymentWindowPledgeValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    LocalDate asOf = asOf(violations);
    if (!pledge.offeredForRapidDeployment(asOf)) {
      return;
    }
    Optional<ReadinessStep> step = pledge.readiness().flatMap(history -> history.stepOn(asOf));
    Optional<RapidDeploymentCommitment> commitment =
        step.flatMap(ReadinessStep::rapidDeployment);
    String path = Pledges.stepPath(pledge, asOf) + ".rapidDeployment";
    if (commitment.isEmpty()) {
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "RapidDeploymentWindow.noWindow}")
          .at(step.isPresent() ? path : "readiness")
          .with("pledge", pledge.id())
          .offending(step.orElse(null))
          .add();
    } else if (!RapidDeploymentWindows.isLondonWindow(commitment.get().days())) {
      int days = commitment.get().days();
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "RapidDeploymentWindow.message}")
          .at(path + ".days")
          .with("pledge", pledge.id())
          .with("days", days)
          .offending(days)
          .add();
    }
  }
}
