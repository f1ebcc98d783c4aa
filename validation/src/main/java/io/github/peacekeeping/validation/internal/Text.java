package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.TargetAssessment;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/** Formats figures in messages the same way everywhere. */
final class Text {

  private Text() {}

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String percent(Share share) {
    return share.toPercent(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
  }

  static String level(ReadinessLevel level) {
    return switch (level) {
      case LEVEL_1 -> "Level 1";
      case LEVEL_2 -> "Level 2";
      case LEVEL_3 -> "Level 3";
      case RAPID_DEPLOYMENT -> "Rapid Deployment Level";
    };
  }

  /** " by 2016-12-31" for progress towards a deadline; empty otherwise (the lead names it). */
  static String deadline(TargetAssessment assessment) {
    return assessment.stage() == AssessmentStage.PROGRESS
        ? assessment.deadline().map(d -> " by " + d).orElse("")
        : "";
  }

  /**
   * How a target finding's message starts, saying which question it answers and on which figures:
   * "On 2016-06-30, ", "Missed by the deadline 2016-12-31: on 2016-12-31, ", "After the deadline
   * 2016-12-31, on 2026-12-01: ".
   */
  static String lead(TargetAssessment assessment, boolean judged) {
    LocalDate figuresOn = assessment.figuresOn();
    return switch (assessment.stage()) {
      case PROGRESS -> "On " + figuresOn + ", ";
      case AT_DEADLINE -> (assessment.met() ? "Met by the deadline " : "Missed by the deadline ")
          + assessment.deadline().orElseThrow() + ": on " + figuresOn + ", ";
      case SINCE_DEADLINE -> judged
          ? "After the deadline " + assessment.deadline().orElseThrow() + ", on " + figuresOn + ": "
          : "Not judged, as no figures dated on or before the deadline "
              + assessment.deadline().orElseThrow() + " were supplied; on " + figuresOn + ": ";
    };
  }

  /** "were" for the figures of a deadline, "are" for those of the evaluation date. */
  static String verb(TargetAssessment assessment) {
    return assessment.stage() == AssessmentStage.AT_DEADLINE ? "were" : "are";
  }
}
