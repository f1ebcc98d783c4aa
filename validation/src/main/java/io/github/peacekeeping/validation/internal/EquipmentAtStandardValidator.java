package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EquipmentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.EquipmentAtStandard;

/**
 * {@code CHOD17-EQUIPMENT-STANDARD}: a deployed unit has deployed with its required equipment at
 * standard. Medical facilities are named as such, as the Chiefs of Defence singled them out (30 of
 * 287 not deployed or with sub-standard equipment). Units not yet deployed are not checked: their
 * equipment has not had to arrive.
 */
public final class EquipmentAtStandardValidator
    extends RuleValidator<EquipmentAtStandard, Unit> {

  /** Creates the validator. */
  public EquipmentAtStandardValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    EquipmentStatus equipment = unit.equipment();
    if (unit.status() != DeploymentStatus.DEPLOYED || equipment == EquipmentStatus.AT_STANDARD) {
      return;
    }
    String key = equipment == EquipmentStatus.SUB_STANDARD ? "message" : "notDeployed";
    violations.report(Units.template("EquipmentAtStandard", key))
        .at("equipment")
        .with("kind", unit.type().medical() ? "Medical facility" : "Unit")
        .with("unit", unit.id())
        .with("type", unit.type().name())
        .offending(equipment)
        .add();
  }
}
