package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.Vetted;
import java.time.LocalDate;

/**
 * {@code LDN16-VETTING}: a unit deployed or ready to deploy has had its personnel vetted by the
 * evaluation date; a vetting dated later does not count. An offered unit may still be vetted
 * before it deploys.
 */
public final class VettedValidator extends RuleValidator<Vetted, Unit> {

  /** Creates the validator. */
  public VettedValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    if (!Units.deployedOrReady(unit)) {
      return;
    }
    LocalDate asOf = asOf(violations);
    if (!unit.vetted()) {
      violations.report(Units.template("Vetted", "message"))
          .at("vetted")
          .with("unit", unit.id())
          .with("status", Wording.status(unit.status()))
          .offending(Boolean.FALSE)
          .add();
    } else if (!unit.isVettedBy(asOf)) {
      violations.report(Units.template("Vetted", "later"))
          .at("vettedOn")
          .with("unit", unit.id())
          .with("status", Wording.status(unit.status()))
          .with("vettedOn", unit.vettedOn().orElseThrow().toString())
          .with("asOf", asOf.toString())
          .offending(unit.vettedOn().orElseThrow())
          .add();
    }
  }
}
