package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.constraints.WomenPlatoon;

/**
 * {@code LDN16-FPU-WOMEN-PLATOON}: a formed police unit has at least one platoon made up of women
 * officers. The type is recognised by its code, so a formed police unit type built with another
 * nominal strength is still one.
 */
public final class WomenPlatoonValidator extends RuleValidator<WomenPlatoon, Unit> {

  /** Creates the validator. */
  public WomenPlatoonValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    if (!unit.type().code().equals(UnitType.FORMED_POLICE_UNIT.code())) {
      return;
    }
    if (unit.platoons().stream().noneMatch(Platoon::isAllWomen)) {
      int count = unit.platoons().size();
      violations.report(Units.template("WomenPlatoon", "message"))
          .at("platoons")
          .with("unit", unit.id())
          .with("platoons", count == 1 ? "1 platoon" : count + " platoons")
          .offending(unit.platoons())
          .add();
    }
  }
}
