package io.github.peacekeeping.cli;

import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * One target assessed, as the {@code report} command prints it. Null components are left out of
 * the JSON output.
 *
 * <p>A target whose deadline has passed on the evaluation date has two views: its verdict ({@link
 * AssessmentStage#AT_DEADLINE}, on the figures in force on the deadline) and, when later figures
 * exist, the latest figures since ({@link AssessmentStage#SINCE_DEADLINE}, information only).
 *
 * @param ruleId the target's rule
 * @param severity the finding's severity: for a missed verdict, the rule's (system-wide) or
 *     WARNING (per contributor or mission); INFO otherwise
 * @param scope SYSTEM, CONTRIBUTOR or MISSION
 * @param subject the contributor's code or mission's acronym; null system-wide
 * @param stage PROGRESS (deadline ahead), AT_DEADLINE (the verdict) or SINCE_DEADLINE
 * @param figuresOn the day of the figures assessed (ISO): a snapshot's, or the day a registry's
 *     levels are counted on
 * @param deadline the target's deadline (ISO date); null if none
 * @param actual the count achieved (women, or personnel pledged at a level)
 * @param required the count the target requires
 * @param population the personnel the share is of, for share targets; null otherwise
 * @param actualShare the share achieved, as a percentage with one decimal; null if not a share
 * @param targetShare the share required, as a percentage; null if not a share target
 * @param met whether the target is met on these figures
 * @param shortfall how many are missing, 0 when met
 * @param message the finding's message
 */
record TargetView(
    String ruleId,
    Severity severity,
    String scope,
    String subject,
    AssessmentStage stage,
    String figuresOn,
    String deadline,
    long actual,
    long required,
    Long population,
    String actualShare,
    String targetShare,
    boolean met,
    long shortfall,
    String message) {

  /**
   * Returns the view of a target finding.
   *
   * @param finding a finding that carries an assessment
   * @return the view
   */
  static TargetView of(Finding finding) {
    TargetAssessment a = finding.assessment().orElseThrow(
        () -> new IllegalArgumentException("finding: not a target assessment, was " + finding));
    return new TargetView(
        finding.ruleId(),
        finding.severity(),
        a.scope().name(),
        a.subject().orElse(null),
        a.stage(),
        a.figuresOn().toString(),
        a.deadline().map(Object::toString).orElse(null),
        a.actual(),
        a.required(),
        a.population().isPresent() ? a.population().getAsLong() : null,
        a.actualShare().map(TargetView::percent).orElse(null),
        a.targetShare().map(TargetView::percent).orElse(null),
        a.met(),
        a.shortfall(),
        finding.message());
  }

  /**
   * Tells whether this view and another are about the same target and subject, at different
   * stages: the verdict and the figures since it.
   *
   * @param other another view
   * @return true if rule, subject, target share and deadline are the same
   */
  boolean sameTargetAs(TargetView other) {
    return ruleId.equals(other.ruleId)
        && Objects.equals(subject, other.subject)
        && Objects.equals(targetShare, other.targetShare)
        && Objects.equals(deadline, other.deadline);
  }

  /**
   * Says, in words, which question this view answers and on which figures: "missed by 2016-12-31,
   * on the figures of 2016-12-31", "since the deadline, on the figures of 2026-11-23: met",
   * "due 2028-12-31; on the figures of 2014-02-28: not met yet".
   *
   * @param judged for a view since the deadline, whether the target had a verdict
   * @return the words, never null
   */
  String status(boolean judged) {
    String figures = "on the figures of " + figuresOn;
    return switch (stage) {
      case AT_DEADLINE -> (met ? "met by " : "missed by ") + deadline + ", " + figures;
      case SINCE_DEADLINE -> (judged ? "since the deadline, " : "not judged (no figures by "
          + deadline + "); ") + figures + (met ? ": met" : ": not met");
      case PROGRESS -> deadline == null
          ? figures + (met ? ": met" : ": missed")
          : "due " + deadline + "; " + figures + (met ? ": met" : ": not met yet");
    };
  }

  private static String percent(Share share) {
    return String.format(Locale.ROOT, "%s%%",
        share.toPercent(1, RoundingMode.HALF_EVEN).toPlainString());
  }
}
