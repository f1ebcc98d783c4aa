package io.github.peacekeeping.cli;

import io.github.peacekeeping.validation.Severity;

/** The lowest severity that makes the command exit with {@link ExitCodes#FINDINGS}. */
enum FailOn {
  /** Only errors fail the run. */
  ERROR(Severity.ERROR),
  /** Errors and warnings fail the run. */
  WARNING(Severity.WARNING);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /**
   * Returns the severity threshold.
   *
   * @return the threshold, never null
   */
  Severity threshold() {
    return threshold;
  }
}
