package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.validation.TargetAssessment;
import java.math.RoundingMode;
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

  static String deadline(TargetAssessment assessment) {
    return assessment.deadline().map(d -> " by " + d).orElse("");
  }
}
