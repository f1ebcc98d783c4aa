package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import java.time.LocalDate;
import java.util.List;

/** What the pledge rules share: the path of the readiness step in force on a day. */
final class Pledges {

  private Pledges() {}

  /**
   * The path of the readiness step in force on a day, such as {@code "readiness.steps[2]"}; {@code
   * "readiness"} when the pledge has no step in force.
   */
  static String stepPath(Pledge pledge, LocalDate asOf) {
    if (pledge.readiness().isEmpty()) {
      return "readiness";
    }
    List<ReadinessStep> steps = pledge.readiness().get().steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (!steps.get(i).on().isAfter(asOf)) {
        return "readiness.steps[" + i + "]";
      }
    }
    return "readiness";
  }
}
