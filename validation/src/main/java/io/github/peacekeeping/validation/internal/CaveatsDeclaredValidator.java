package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.constraints.CaveatsDeclared;
import java.util.List;

/**
 * {@code IPI21-CAVEATS-DECLARED}: every caveat on a unit has been declared to the UN. An undeclared
 * caveat is a violation at the rule's severity; a declared one is still reported, at {@link
 * Severity#INFO}, because a mission planning with the unit needs to see it.
 */
public final class CaveatsDeclaredValidator extends RuleValidator<CaveatsDeclared, Unit> {

  /** Creates the validator. */
  public CaveatsDeclaredValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    List<Caveat> caveats = unit.caveats();
    for (int i = 0; i < caveats.size(); i++) {
      Caveat caveat = caveats.get(i);
      Violations.Report report = violations
          .report(Units.template("CaveatsDeclared", caveat.declared() ? "declared" : "message"))
          .at("caveats[" + i + "]")
          .with("unit", unit.id())
          .with("caveat", caveat.description())
          .offending(caveat);
      if (caveat.declared()) {
        report.severity(Severity.INFO);
      }
      report.add();
    }
  }
}
