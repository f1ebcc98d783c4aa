package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.validation.ValidationReport;
import java.util.Objects;

/**
 * A value read from JSON, with the communiqué findings below the reader's rejection threshold that
 * came with it (findings at or above the threshold reject the document instead) and the notices of
 * values dated after the evaluation date, which were not evaluated.
 *
 * <p>This class is immutable and thread-safe when the value is.
 *
 * @param <T> the type of the value
 */
public final class Validated<T> {

  private final T value;
  private final ValidationReport findings;

  private Validated(T value, ValidationReport findings) {
    this.value = Objects.requireNonNull(value, "value");
    this.findings = Objects.requireNonNull(findings, "findings");
  }

  /**
   * Returns a value with its findings.
   *
   * @param <T> the type of the value
   * @param value the value, not null
   * @param findings the findings that travel with it, not null
   * @return the validated value, never null
   * @throws NullPointerException if an argument is null
   */
  public static <T> Validated<T> of(T value, ValidationReport findings) {
    return new Validated<>(value, findings);
  }

  /**
   * Returns the value read.
   *
   * @return the value, never null
   */
  public T value() {
    return value;
  }

  /**
   * Returns the communiqué findings below the rejection threshold, with the notices of values not
   * evaluated; empty when the reader ran no rules.
   *
   * @return the findings, never null
   */
  public ValidationReport findings() {
    return findings;
  }

  /**
   * Two validated values are equal when their values and findings are.
   *
   * @param obj the object to compare with, may be null
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Validated<?> other
        && value.equals(other.value)
        && findings.equals(other.findings);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(value, findings);
  }

  /**
   * Returns the value and the findings, for debugging.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Validated{value=" + value + ", findings=" + findings + "}";
  }
}
