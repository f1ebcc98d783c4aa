package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.NightFlyingCapable;

/**
 * {@code LDN16-NIGHT-FLYING}: a helicopter unit has night-flying capacity, whatever its deployment
 * status, since London 2016 asks for it in the helicopter units offered.
 */
public final class NightFlyingCapableValidator extends RuleValidator<NightFlyingCapable, Unit> {

  /** Creates the validator. */
  public NightFlyingCapableValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    if (unit.type().helicopter() && !unit.nightFlyingCapable()) {
      violations.report(Units.template("NightFlyingCapable", "message"))
          .at("nightFlyingCapable")
          .with("unit", unit.id())
          .with("type", unit.type().name())
          .offending(Boolean.FALSE)
          .add();
    }
  }
}
