package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import java.time.LocalDate;

/** What the pledge rules share: the path of the readiness step in force on a day. */
final class Pledges {

  private Pledges() {}

  /**
   * The path of the readiness step in force on a day, such as {@code "readiness.steps[2]"}; {@code
   * "readiness"} when the pledge has no step in force.
   */
  static String stepPath(Pledge pledge, LocalDate asOf) {
    // The steps' days strictly increase (a history invariant), so no two steps are equal.
    return pledge.readiness()
        .flatMap(history -> history.stepOn(asOf)
            .map(step -> "readiness.steps[" + history.steps().indexOf(step) + "]"))
        .orElse("readiness");
  }
}
