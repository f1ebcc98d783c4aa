package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;
import java.time.LocalDate;

/**
 * The severity of a target finding: INFO when the target is met or its deadline is still ahead;
 * once the deadline has passed (or when the source sets none), the rule's severity for a registry
 * or the whole system, and WARNING for one contributor or mission.
 */
final class TargetSeverity {

  private TargetSeverity() {}

  static Severity of(Rule rule, TargetAssessment assessment, TargetScope scope, LocalDate asOf) {
    if (assessment.met()) {
      return Severity.INFO;
    }
    boolean due = assessment.deadline().map(asOf::isAfter).orElse(true);
    if (!due) {
      return Severity.INFO;
    }
    return scope == TargetScope.SYSTEM ? rule.severity() : Severity.WARNING;
  }
}
