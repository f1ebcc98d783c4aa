package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import java.util.List;

/** What the unit rules share: which units a rule applies to, and the message template keys. */
final class Units {

  private static final String KEY = "{io.github.peacekeeping.validation.constraints.";

  private Units() {}

  /** A unit offered but not yet ready is not yet bound for a field mission. */
  static boolean deployedOrReady(Unit unit) {
    return unit.status() == DeploymentStatus.READY_TO_DEPLOY
        || unit.status() == DeploymentStatus.DEPLOYED;
  }

  /** Joins words as a sentence does: "a", "a and b", "a, b and c". */
  static String list(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and " + words.get(words.size() - 1);
  }

  static String template(String constraint, String key) {
    return KEY + constraint + "." + key + "}";
  }
}
