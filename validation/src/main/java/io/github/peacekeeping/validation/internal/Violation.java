package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.validation.Severity;
import java.util.Optional;

/**
 * What a rule's validator attaches to a violation as Hibernate Validator's dynamic payload: the
 * offending value and, for the rules that report facts as well as failures, a severity that
 * overrides the constraint's own.
 *
 * @param offendingValue the offending part of the value, may be null
 * @param severity the severity, or null to use the constraint's payload
 */
public record Violation(Object offendingValue, Severity severity) {

  /**
   * Returns the offending value.
   *
   * @return the value, or empty; never null
   */
  public Optional<Object> offending() {
    return Optional.ofNullable(offendingValue);
  }

  /**
   * Returns the severity override.
   *
   * @return the severity, or empty; never null
   */
  public Optional<Severity> severityOverride() {
    return Optional.ofNullable(severity);
  }
}
