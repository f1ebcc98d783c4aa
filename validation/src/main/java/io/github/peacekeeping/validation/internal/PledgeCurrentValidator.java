package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.constraints.PledgeCurrent;
import java.time.LocalDate;

/**
 * {@code PCRS19-PLEDGE-CURRENCY}: a capability pledge registered in the PCRS on the evaluation
 * date, and registered more than 12 months before it, has been confirmed (reconfirmed, or
 * registered) within the 6 months before it. A pledge that left the system and came back counts
 * from its return ({@link Readiness#enteredBy(LocalDate)}). Training-only, equipment-only and donation pledges
 * are not on the PCRS renewal cycle; nor is a pledge that has left the system (withdrawn or
 * expired) or was registered later. Reconfirmations after the evaluation date do not count. Needs
 * the evaluation date, so reports nothing without a context.
 */
public final class PledgeCurrentValidator extends RuleValidator<PledgeCurrent, Pledge> {

  /** Creates the validator. */
  public PledgeCurrentValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    ValidationContext context = contextOrNull(violations);
    if (context == null || !pledge.isCapabilityPledge()
        || pledge.arrangement() instanceof Donation || pledge.readiness().isEmpty()) {
      return;
    }
    LocalDate asOf = context.asOf();
    Readiness readiness = pledge.readiness().get();
    LocalDate registeredOn = readiness.enteredBy(asOf).orElse(null);
    if (registeredOn == null) {
      return;
    }
    LocalDate lastConfirmed = pledge.lastReconfirmationBy(asOf)
        .filter(day -> day.isAfter(registeredOn))
        .orElse(registeredOn);
    if (registeredOn.isBefore(asOf.minusMonths(12))
        && lastConfirmed.isBefore(asOf.minusMonths(6))) {
      violations.report("{io.github.peacekeeping.validation.constraints.PledgeCurrent.message}")
          .at("reconfirmations")
          .with("pledge", pledge.id())
          .with("registeredOn", registeredOn.toString())
          .with("lastConfirmed", lastConfirmed.toString())
          .with("asOf", asOf.toString())
          .offending(lastConfirmed)
          .add();
    }
  }
}
