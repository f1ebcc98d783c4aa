package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationReport;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown by {@link JsonWriter} when a value has communiqué rule findings at or above the writer's
 * threshold: the value is not written. {@link #report()} holds every finding of the value, not
 * only those that caused the rejection.
 */
public final class RejectedValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The report; reports are immutable but not serializable, hence transient. */
  private final transient ValidationReport report;

  /** The severity at or above which a finding rejected the value. */
  private final Severity threshold;

  /**
   * Creates the exception.
   *
   * @param report the validation report of the rejected value, not null
   * @param threshold the severity at or above which a finding rejects a value, not null
   */
  public RejectedValueException(ValidationReport report, Severity threshold) {
    super(message(report, threshold));
    this.report = report;
    this.threshold = threshold;
  }

  /**
   * Returns the validation report of the rejected value.
   *
   * @return every finding of the value, never null
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Returns the threshold the value was rejected at.
   *
   * @return the severity at or above which a finding rejects a value, never null
   */
  public Severity threshold() {
    return threshold;
  }

  private static String message(ValidationReport report, Severity threshold) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(threshold, "threshold");
    return "value not written: "
        + report.findingsAtOrAbove(threshold).size()
        + " finding(s) at or above "
        + threshold
        + ": "
        + report.findingsAtOrAbove(threshold).stream()
            .map(Finding::toString)
            .collect(Collectors.joining("; "));
  }
}
