package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.serialization.problem.DataProblem;
import io.github.peacekeeping.serialization.problem.JsonLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a JSON document: its stable {@linkplain ProblemCode code}, where it is (an
 * RFC 6901 JSON Pointer into the document, {@code ""} for the whole document, with the line and
 * column when it was read from text) and what is wrong. A {@link ProblemCode#RULE_VIOLATION} problem
 * also carries the communiqué rule's {@link Finding}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class JsonProblem implements DataProblem {

  JsonProblem() {}

  /**
   * Returns the problem's stable code.
   *
   * @return the code, never null
   */
  @Override
  @Value.Parameter
  public abstract ProblemCode code();

  /**
   * Returns where the problem is: a JSON Pointer into the document and, when read from text, the
   * line and column.
   *
   * @return the location, never null
   */
  @Override
  @Value.Parameter
  public abstract JsonLocation location();

  /**
   * Returns what is wrong, for a reader.
   *
   * @return the message, never null
   */
  @Override
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the communiqué finding of a {@link ProblemCode#RULE_VIOLATION} problem.
   *
   * @return the finding, present exactly when the code is {@code RULE_VIOLATION}; never null
   */
  @Value.Parameter
  public abstract Optional<Finding> finding();

  /**
   * Returns the kind of problem, the coarse grouping of its {@linkplain #code() code}.
   *
   * @return the kind, never null
   */
  public ProblemKind kind() {
    if (code() == ProblemCode.RULE_VIOLATION) {
      return ProblemKind.RULE;
    }
    return code().isSyntax() ? ProblemKind.SYNTAX : ProblemKind.STRUCTURE;
  }

  /**
   * Returns the RFC 6901 JSON Pointer of the {@linkplain #location() location}, such as {@code
   * "/pledges/0/readiness/level"}; the empty string for the whole document.
   *
   * @return the pointer, never null
   */
  public String pointer() {
    return location().pointer();
  }

  /**
   * Returns the severity: {@link Severity#ERROR}, or a rule violation's finding's severity.
   *
   * @return the severity, never null
   */
  @Override
  public Severity severity() {
    return finding().map(Finding::severity).orElse(code().severity());
  }

  /**
   * Returns a problem that is not a rule violation.
   *
   * @param code the code, not {@link ProblemCode#RULE_VIOLATION} and not a CSV-only code; not null
   * @param location where it is, not null
   * @param message what is wrong, not blank
   * @return the problem, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is {@code RULE_VIOLATION} or a CSV-only code, or
   *     the message is blank
   */
  public static JsonProblem of(ProblemCode code, JsonLocation location, String message) {
    return ImmutableJsonProblem.of(code, location, message, Optional.empty());
  }

  /**
   * Returns a rule problem for a communiqué finding, at the place in the document the finding is
   * about. The message is the finding's rule ID and message.
   *
   * @param location where the finding is in the document, not null
   * @param finding the finding, not null
   * @return the problem, never null
   * @throws NullPointerException if an argument is null
   */
  public static JsonProblem ofFinding(JsonLocation location, Finding finding) {
    Objects.requireNonNull(finding, "finding");
    return ImmutableJsonProblem.of(
        ProblemCode.RULE_VIOLATION,
        location,
        finding.ruleId() + " (" + finding.severity() + "): " + finding.message(),
        Optional.of(finding));
  }

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException("message: must not be blank, was '" + message() + "'");
    }
    if (code().format() == ProblemCode.Format.CSV) {
      throw new IllegalArgumentException("code: " + code() + " is a CSV code");
    }
    if ((code() == ProblemCode.RULE_VIOLATION) != finding().isPresent()) {
      throw new IllegalArgumentException(
          "finding: must be present exactly for RULE_VIOLATION problems, code was " + code());
    }
  }

  /**
   * Returns the code, the location and the message: {@code "UNKNOWN_CODE at
   * /pledges/0/readiness/level (line 9, column 20): ..."}; the whole document is written {@code
   * "(document)"}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return code() + " at " + location() + ": " + message();
  }
}
