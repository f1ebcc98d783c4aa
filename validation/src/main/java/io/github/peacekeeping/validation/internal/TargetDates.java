package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.validation.AssessmentStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which figures a target with a deadline is assessed on, as of an evaluation date D
 * (REQUIREMENTS §8.3): before the deadline T, progress on D's figures; on or after it, the verdict
 * on T's figures and, when D is after T, the latest figures up to D as information.
 */
final class TargetDates {

  private TargetDates() {}

  /** One assessment to make: its stage, and the latest day its figures may be dated. */
  record Reading(AssessmentStage stage, LocalDate figuresBy) {}

  static List<Reading> readings(Optional<LocalDate> deadline, LocalDate asOf) {
    List<Reading> readings = new ArrayList<>(2);
    if (deadline.isEmpty() || asOf.isBefore(deadline.get())) {
      readings.add(new Reading(AssessmentStage.PROGRESS, asOf));
    } else {
      readings.add(new Reading(AssessmentStage.AT_DEADLINE, deadline.get()));
      if (asOf.isAfter(deadline.get())) {
        readings.add(new Reading(AssessmentStage.SINCE_DEADLINE, asOf));
      }
    }
    return readings;
  }
}
