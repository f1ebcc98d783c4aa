package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.validation.constraints.MissionActive;

/**
 * {@code UNSC-MISSION-ACTIVE} on a deployment record: a record counts personnel in a mission only
 * on a day the mission operates, from its start to the day its withdrawal was completed.
 */
public final class MissionActiveRecordValidator
    extends RuleValidator<MissionActive, DeploymentRecord> {

  /** Creates the validator. */
  public MissionActiveRecordValidator() {}

  @Override
  protected void check(DeploymentRecord record, Violations violations) {
    if (!MissionLife.counts(record)) {
      MissionLife.report(violations, record.mission(), record.date(), "mission")
          .with("what", "The record of " + record.personnel().total() + " "
              + MissionWording.category(record.category()) + " of " + record.contributor().code()
              + " counts personnel")
          .add();
    }
  }
}
