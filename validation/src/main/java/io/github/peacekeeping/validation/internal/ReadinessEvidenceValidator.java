package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.validation.constraints.ReadinessEvidence;

/**
 * {@code PCRS19-LEVEL-EVIDENCE}: the readiness level a pledge claims is backed by its evidence.
 * Level 2 is reached through an Assessment and Advisory Visit, Level 3 through alignment with a
 * Statement of Unit Requirements; the levels are cumulative, so a higher level needs the evidence
 * of the lower ones too, and each missing piece is its own finding.
 */
public final class ReadinessEvidenceValidator extends RuleValidator<ReadinessEvidence, Pledge> {

  /** Creates the validator. */
  public ReadinessEvidenceValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    Readiness readiness = pledge.readiness().orElse(null);
    if (readiness == null) {
      return;
    }
    ReadinessLevel level = readiness.level();
    if (level.isAtLeast(ReadinessLevel.LEVEL_2) && readiness.aavDate().isEmpty()) {
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "ReadinessEvidence.message}")
          .at("readiness.aavDate")
          .with("pledge", pledge.id())
          .with("level", Text.level(level))
          .offending(level)
          .add();
    }
    if (level.isAtLeast(ReadinessLevel.LEVEL_3) && readiness.surReference().isEmpty()) {
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "ReadinessEvidence.sur}")
          .at("readiness.surReference")
          .with("pledge", pledge.id())
          .with("level", Text.level(level))
          .offending(level)
          .add();
    }
  }
}
