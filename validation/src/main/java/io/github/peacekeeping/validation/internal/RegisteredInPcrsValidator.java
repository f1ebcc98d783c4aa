package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.validation.constraints.RegisteredInPcrs;

/**
 * {@code LDN16-PCRS-REGISTERED}: a capability pledge carries a PCRS readiness level, the mark of its
 * registration; pledges of training, equipment or money alone are not registered in the PCRS.
 */
public final class RegisteredInPcrsValidator extends RuleValidator<RegisteredInPcrs, Pledge> {

  /** Creates the validator. */
  public RegisteredInPcrsValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    if (pledge.isCapabilityPledge() && pledge.readiness().isEmpty()) {
      // Nothing present to blame: the finding's offending value stays empty.
      violations.report("{io.github.peacekeeping.validation.constraints.RegisteredInPcrs.message}")
          .at("readiness")
          .with("pledge", pledge.id())
          .add();
    }
  }
}
