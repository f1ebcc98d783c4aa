package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.constraints.PledgeCurrent;
import java.time.LocalDate;

/**
 * {@code PCRS19-PLEDGE-CURRENCY}: a pledge made more than 12 months before the evaluation date has
 * been confirmed (reconfirmed, or made) within the 6 months before it. Needs the evaluation date,
 * so reports nothing without a context; a pledge made after the evaluation date is not yet due.
 */
public final class PledgeCurrentValidator extends RuleValidator<PledgeCurrent, Pledge> {

  /** Creates the validator. */
  public PledgeCurrentValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    ValidationContext context = contextOrNull(violations);
    if (context == null) {
      return;
    }
    LocalDate asOf = context.asOf();
    LocalDate lastConfirmed = pledge.reconfirmedOn().orElse(pledge.pledgedOn());
    if (pledge.pledgedOn().isBefore(asOf.minusMonths(12))
        && lastConfirmed.isBefore(asOf.minusMonths(6))) {
      violations.report("{io.github.peacekeeping.validation.constraints.PledgeCurrent.message}")
          .at("reconfirmedOn")
          .with("pledge", pledge.id())
          .with("pledgedOn", pledge.pledgedOn().toString())
          .with("lastConfirmed", lastConfirmed.toString())
          .with("asOf", asOf.toString())
          .offending(lastConfirmed)
          .add();
    }
  }
}
