package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.source.Citation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of checking a value or a collection against a rule: which rule, how serious, where in
 * the value, what is wrong, and the source passage it rests on.
 *
 * <p>The {@link #path()} leads from the validated value to the offending part as a {@link
 * FindingPath} of property names, list indexes and map keys: the {@linkplain FindingPath#root()
 * root} for the value itself, {@code units[0].platoons} for a part of it. It prints in Bean
 * Validation's notation and turns into a JSON Pointer with {@link FindingPath#toJsonPointer()}.
 * Findings of targets over many records carry a {@link #assessment()} with the figures.
 *
 * <p>This class is immutable and thread-safe, provided the offending value is (values of the core
 * module are).
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Finding {

  Finding() {}

  /**
   * Returns the ID of the rule, such as {@code "LDN16-NIO"}.
   *
   * @return the rule ID, never null
   */
  public abstract String ruleId();

  /**
   * Returns how serious the finding is.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * Returns the path from the validated value to the offending part; {@linkplain
   * FindingPath#isEmpty() empty} for the value itself.
   *
   * @return the path, never null
   */
  public abstract FindingPath path();

  /**
   * Returns what is wrong (or, at INFO, what is worth seeing), in English.
   *
   * @return the message, never null
   */
  public abstract String message();

  /**
   * Returns the source passage the rule rests on.
   *
   * @return the citation, never null
   */
  public abstract Citation citation();

  /**
   * Returns the offending value, where one part of the value is to blame.
   *
   * @return the value, or empty; never null
   */
  public abstract Optional<Object> offendingValue();

  /**
   * Returns the figures of a target assessment, for rules over many records.
   *
   * @return the assessment, or empty; never null
   */
  public abstract Optional<TargetAssessment> assessment();

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds findings. Not thread-safe. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /**
     * Sets the path from its text in Bean Validation's notation, as {@link
     * FindingPath#parse(String)} reads it: {@code path("units[0].roles")}.
     *
     * @param path the path as text, {@code ""} for the value itself; not null
     * @return this builder, never null
     * @throws NullPointerException if {@code path} is null
     * @throws IllegalArgumentException if {@code path} is not a finding path
     */
    public Builder path(String path) {
      path(FindingPath.parse(path));
      return this;
    }
  }

  /**
   * Returns the finding as {@code SEVERITY RULE-ID path: message}.
   *
   * @return the finding as text, never null
   */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + (path().isEmpty() ? "" : " " + path()) + ": " + message();
  }
}
