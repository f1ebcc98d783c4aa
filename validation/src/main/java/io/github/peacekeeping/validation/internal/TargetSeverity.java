package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;

/**
 * The severity of a target finding, from its stage (REQUIREMENTS §5 and §8.3): INFO when the
 * target is met, for progress towards a deadline still ahead, and for the figures since a deadline
 * was judged; for the verdict on a missed deadline (or a target without one), the rule's severity
 * for a registry or the whole system, and WARNING for one contributor or mission.
 */
final class TargetSeverity {

  private TargetSeverity() {}

  static Severity of(Rule rule, TargetAssessment assessment) {
    if (assessment.met()
        || assessment.stage() == AssessmentStage.SINCE_DEADLINE
        || (assessment.stage() == AssessmentStage.PROGRESS && assessment.deadline().isPresent())) {
      return Severity.INFO;
    }
    return assessment.scope() == TargetScope.SYSTEM ? rule.severity() : Severity.WARNING;
  }
}
