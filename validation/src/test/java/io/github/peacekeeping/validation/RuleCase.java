package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.unit.Unit;
import java.util.List;

/**
 * A value that passes or breaks one rule, with the context to evaluate it in. The catalogue walk
 * ({@code RuleCatalogueTest}) requires a passing and a breaking case for every rule.
 *
 * <p>A case breaks its rule when the report has a finding of that rule at the rule's own severity,
 * and passes it when it has none (a declared caveat at INFO, or a target met, still passes).
 *
 * @param ruleId the rule
 * @param name what the case shows, for the test report
 * @param value a Pledge, Unit, MissionProfile, MemberStateCommitments, {@link Registry} or {@link
 *     Snapshot}
 * @param context the evaluation context
 * @param breaks whether the value breaks the rule
 */
record RuleCase(String ruleId, String name, Object value, ValidationContext context, boolean breaks) {

  /** A registry of pledges, validated as a whole. */
  record Registry(List<Pledge> pledges) {}

  /** A deployment snapshot assessed at one scope. */
  record Snapshot(DeploymentSnapshot snapshot, TargetScope scope) {}

  static RuleCase passing(String ruleId, String name, Object value, ValidationContext context) {
    return new RuleCase(ruleId, name, value, context, false);
  }

  static RuleCase breaking(String ruleId, String name, Object value, ValidationContext context) {
    return new RuleCase(ruleId, name, value, context, true);
  }

  /** Runs the value through the entry point that fits its type. */
  ValidationReport run() {
    CommuniqueValidator validator = CommuniqueValidator.create();
    if (value instanceof Pledge pledge) {
      return validator.validate(pledge, context);
    }
    if (value instanceof Unit unit) {
      return validator.validate(unit, context);
    }
    if (value instanceof MissionProfile mission) {
      return validator.validate(mission, context);
    }
    if (value instanceof MemberStateCommitments commitments) {
      return validator.validate(commitments, context);
    }
    if (value instanceof Registry registry) {
      return validator.validateRegistry(registry.pledges(), context);
    }
    if (value instanceof Snapshot snapshot) {
      return validator.assessTargets(snapshot.snapshot(), snapshot.scope(), context);
    }
    throw new IllegalArgumentException("no entry point for " + value.getClass());
  }

  /** Tells whether the report breaks the rule: a finding of it at the rule's severity. */
  boolean brokenIn(ValidationReport report) {
    Severity severity = Rules.get(ruleId).severity();
    return report.findings(ruleId).stream().anyMatch(f -> f.severity() == severity);
  }

  @Override
  public String toString() {
    return ruleId + (breaks ? " broken by " : " passed by ") + name;
  }
}
