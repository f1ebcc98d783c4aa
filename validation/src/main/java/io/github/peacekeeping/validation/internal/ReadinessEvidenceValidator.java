package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.validation.constraints.ReadinessEvidence;
import java.time.LocalDate;

/**
 * {@code PCRS19-LEVEL-EVIDENCE}: the readiness level in force on the evaluation date is backed by
 * the evidence of its step. Level 2 is reached through a successful Assessment and Advisory Visit,
 * Level 3 through alignment with a Statement of Unit Requirements; the levels are cumulative, so a
 * higher level needs the evidence of the lower ones too, and each missing piece is its own
 * finding. Evidence is dated on or before its step (an invariant of the step), so none of it is
 * from after the evaluation date.
 */
public final class ReadinessEvidenceValidator extends RuleValidator<ReadinessEvidence, Pledge> {

  /** Creates the validator. */
  public ReadinessEvidenceValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    LocalDate asOf = asOf(violations);
    ReadinessStep step = pledge.readiness().flatMap(history -> history.stepOn(asOf)).orElse(null);
    if (step == null || step.level().isEmpty()) {
      return;
    }
    ReadinessLevel level = step.level().get();
    String path = Pledges.stepPath(pledge, asOf);
    if (level.isAtLeast(ReadinessLevel.LEVEL_2)) {
      AssessmentVisit visit = step.aav().orElse(null);
      if (visit == null) {
        violations.report("{io.github.peacekeeping.validation.constraints."
                + "ReadinessEvidence.message}")
            .at(path + ".aav")
            .with("pledge", pledge.id())
            .with("level", Text.level(level))
            .with("since", step.on().toString())
            .offending(level)
            .add();
      } else if (!visit.successful()) {
        violations.report("{io.github.peacekeeping.validation.constraints."
                + "ReadinessEvidence.unsuccessful}")
            .at(path + ".aav")
            .with("pledge", pledge.id())
            .with("level", Text.level(level))
            .with("since", step.on().toString())
            .with("visit", visit.date().toString())
            .offending(visit)
            .add();
      }
    }
    if (level.isAtLeast(ReadinessLevel.LEVEL_3) && step.sur().isEmpty()) {
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "ReadinessEvidence.sur}")
          .at(path + ".sur")
          .with("pledge", pledge.id())
          .with("level", Text.level(level))
          .with("since", step.on().toString())
          .offending(level)
          .add();
    }
  }
}
