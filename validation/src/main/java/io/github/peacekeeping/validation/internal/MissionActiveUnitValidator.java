package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.constraints.MissionActive;

/**
 * {@code UNSC-MISSION-ACTIVE} on a unit: a unit deployed on the evaluation date is deployed in a
 * mission that operates on that date, from its start to the day its withdrawal was completed.
 * Needs the evaluation date, so reports nothing without a context.
 */
public final class MissionActiveUnitValidator extends RuleValidator<MissionActive, Unit> {

  /** Creates the validator. */
  public MissionActiveUnitValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    ValidationContext context = contextOrNull(violations);
    if (context == null || unit.status() != DeploymentStatus.DEPLOYED || unit.mission().isEmpty()) {
      return;
    }
    Mission mission = unit.mission().get();
    if (!mission.operatesOn(context.asOf())) {
      MissionLife.report(violations, mission, context.asOf(), "mission")
          .with("what", "Unit " + unit.id() + " is deployed")
          .add();
    }
  }
}
