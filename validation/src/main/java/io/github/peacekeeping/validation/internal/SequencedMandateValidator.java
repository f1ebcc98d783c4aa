package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.validation.constraints.SequencedMandate;
import java.util.List;

/**
 * {@code LDN16-MANDATE-SEQUENCED}: every task of the mandate in force on the profile's day has a
 * priority or a phase, so that the mandate is sequenced as the London communiqué asks. Each
 * unsequenced task is one violation, at its place in the mandate. A profile whose day no mandate
 * covers has no mandate to check. The period is well-formed by construction of {@code
 * MandatePeriod}, so there is nothing left to check of it here.
 */
public final class SequencedMandateValidator
    extends RuleValidator<SequencedMandate, MissionProfile> {

  /** Creates the validator. */
  public SequencedMandateValidator() {}

  @Override
  protected void check(MissionProfile profile, Violations violations) {
    MissionMandates.InForce inForce = MissionMandates.inForce(profile);
    if (inForce == null) {
      return;
    }
    List<MandatedTask> tasks = inForce.mandate().tasks();
    for (int i = 0; i < tasks.size(); i++) {
      MandatedTask task = tasks.get(i);
      if (!task.isSequenced()) {
        violations.report("{io.github.peacekeeping.validation.constraints.SequencedMandate.message}")
            .at(inForce.path() + ".tasks[" + i + "]")
            .with("mission", profile.mission().acronym())
            .with("resolution", inForce.mandate().authorisedBy().toString())
            .with("number", i + 1)
            .with("task", task.description())
            .offending(task)
            .add();
      }
    }
  }
}
