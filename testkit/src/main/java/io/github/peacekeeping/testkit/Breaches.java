package io.github.peacekeeping.testkit;

import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/** What the {@code violating} methods of the generators share: rule look-up and its errors. */
final class Breaches {

  /** Windows (in days) that break LDN16's 30, 60 or 90 days and PCRS19's 60 days alike. */
  static final List<Integer> NON_LONDON_WINDOWS = IntStream.rangeClosed(1, 180)
      .filter(days -> days != 30 && days != 60 && days != 90)
      .boxed()
      .toList();

  /** Windows that break LDN16's 30, 60 or 90 days but stay within PCRS19's 60 days. */
  static final List<Integer> NON_LONDON_WINDOWS_WITHIN_60 = IntStream.rangeClosed(1, 59)
      .filter(days -> days != 30)
      .boxed()
      .toList();

  private Breaches() {}

  /**
   * Returns {@code ruleId} if {@code supported} holds it, else throws an exception that names the
   * ID, why it cannot be broken here and what can.
   */
  static String require(String ruleId, String generator, String value, List<String> supported) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (supported.contains(ruleId)) {
      return ruleId;
    }
    Optional<Rule> rule = Rules.find(ruleId);
    String why = rule.isEmpty()
        ? "no rule has the ID '" + ruleId + "'"
        : ruleId + " is a rule on " + rule.get().subject() + ", not one " + value
            + " can break on its own";
    throw new IllegalArgumentException(
        "ruleId: " + why + "; " + generator + " can break " + supported);
  }

  static IllegalArgumentException conflict(String ruleId, String needs, String but) {
    return new IllegalArgumentException(
        "ruleId: " + ruleId + " needs " + needs + ", but this generator " + but);
  }
}
