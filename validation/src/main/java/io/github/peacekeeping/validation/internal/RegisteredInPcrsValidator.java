package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.validation.constraints.RegisteredInPcrs;
import java.time.LocalDate;

/**
 * {@code LDN16-PCRS-REGISTERED}: a capability pledge had been registered in the PCRS by the
 * evaluation date: it carries a readiness history whose first step is not later. Pledges of
 * training, equipment or money alone are not registered in the PCRS. A pledge that has since left
 * the system (withdrawn or expired) was registered: whether it is still current is {@code
 * PCRS19-PLEDGE-CURRENCY}'s question.
 */
public final class RegisteredInPcrsValidator extends RuleValidator<RegisteredInPcrs, Pledge> {

  /** Creates the validator. */
  public RegisteredInPcrsValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    if (!pledge.isCapabilityPledge()) {
      return;
    }
    LocalDate asOf = asOf(violations);
    if (pledge.readiness().isEmpty()) {
      // Nothing present to blame: the finding's offending value stays empty.
      violations.report("{io.github.peacekeeping.validation.constraints.RegisteredInPcrs.message}")
          .at("readiness")
          .with("pledge", pledge.id())
          .add();
    } else if (!pledge.readiness().get().isRegisteredBy(asOf)) {
      LocalDate registeredOn = pledge.readiness().get().registeredOn();
      violations.report("{io.github.peacekeeping.validation.constraints.RegisteredInPcrs.later}")
          .at("readiness.steps[0].on")
          .with("pledge", pledge.id())
          .with("registeredOn", registeredOn.toString())
          .with("asOf", asOf.toString())
          .offending(registeredOn)
          .add();
    }
  }
}
