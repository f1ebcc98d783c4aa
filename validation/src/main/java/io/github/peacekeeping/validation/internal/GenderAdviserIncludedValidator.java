package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.validation.constraints.GenderAdviserIncluded;

/**
 * {@code LDN16-GENDER-ADVISER-UNIT}: a self-sustaining formed unit, military or police, includes a
 * gender adviser, whatever its deployment status. Individually deployed personnel are not units.
 */
public final class GenderAdviserIncludedValidator
    extends RuleValidator<GenderAdviserIncluded, Unit> {

  /** Creates the validator. */
  public GenderAdviserIncludedValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    if (unit.type().formed() && unit.role(UnitRole.GENDER_ADVISER).isZero()) {
      violations.report(Units.template("GenderAdviserIncluded", "message"))
          .at("roles")
          .with("unit", unit.id())
          .with("type", unit.type().name())
          .offending(unit.roles())
          .add();
    }
  }
}
