package io.github.peacekeeping.validation;

/**
 * Which question a target assessment answers, given the evaluation date D and the target's
 * deadline T (see {@link ValidationContext#asOf()}).
 */
public enum AssessmentStage {
  /**
   * Progress: D is before T, or the target has no deadline. The figures are those in force on D,
   * and an unmet target with a deadline still ahead is reported at {@link Severity#INFO}.
   */
  PROGRESS,
  /**
   * The verdict: D is on or after T, and the figures are those in force on T (the latest dated on
   * or before it). Met, or missed with the target rule's severity (WARNING for one contributor or
   * mission).
   */
  AT_DEADLINE,
  /**
   * Information after the verdict: D is after T, and the figures are the latest ones up to D.
   * Always reported at {@link Severity#INFO}: the target was judged on its deadline.
   */
  SINCE_DEADLINE
}
