package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.validation.Finding;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a JSON document: its {@linkplain ProblemKind kind}, where it is (an RFC 6901
 * JSON Pointer into the document, {@code ""} for the whole document) and what is wrong. A {@link
 * ProblemKind#RULE RULE} problem also carries the communiqué rule's {@link Finding}.
 *
 * <p>{@link #toString()} reads {@code "STRUCTURE at /pledges/0/readiness/level: unknown readiness
 * level 'LEVEL_4' (expected one of LEVEL_1, LEVEL_2, LEVEL_3, RAPID_DEPLOYMENT)"}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class JsonProblem {

  JsonProblem() {}

  /**
   * Returns the kind of problem.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract ProblemKind kind();

  /**
   * Returns where the problem is: an RFC 6901 JSON Pointer into the document, such as {@code
   * "/pledges/0/readiness/level"}; the empty string for the whole document.
   *
   * @return the pointer, never null
   */
  @Value.Parameter
  public abstract String pointer();

  /**
   * Returns what is wrong, for a reader.
   *
   * @return the message, never null
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the communiqué finding of a {@link ProblemKind#RULE RULE} problem.
   *
   * @return the finding, present exactly when the kind is {@code RULE}; never null
   */
  @Value.Parameter
  public abstract Optional<Finding> finding();

  /**
   * Returns a syntax or structure problem.
   *
   * @param kind {@link ProblemKind#SYNTAX} or {@link ProblemKind#STRUCTURE}, not null
   * @param pointer the JSON Pointer, {@code ""} or starting with {@code '/'}; not null
   * @param message what is wrong, not blank
   * @return the problem, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code kind} is {@code RULE}, the pointer is malformed or
   *     the message is blank
   */
  public static JsonProblem of(ProblemKind kind, String pointer, String message) {
    return ImmutableJsonProblem.of(kind, pointer, message, Optional.empty());
  }

  /**
   * Returns a rule problem for a communiqué finding, at the place in the document the finding is
   * about. The message is the finding's rule ID and message.
   *
   * @param pointer the JSON Pointer, {@code ""} or starting with {@code '/'}; not null
   * @param finding the finding, not null
   * @return the problem, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the pointer is malformed
   */
  public static JsonProblem ofFinding(String pointer, Finding finding) {
    Objects.requireNonNull(finding, "finding");
    return ImmutableJsonProblem.of(
        ProblemKind.RULE,
        pointer,
        finding.ruleId() + " (" + finding.severity() + "): " + finding.message(),
        Optional.of(finding));
  }

  @Value.Check
  void check() {
    if (!pointer().isEmpty() && !pointer().startsWith("/")) {
      throw new IllegalArgumentException(
          "pointer: must be empty or start with '/', was '" + pointer() + "'");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("message: must not be blank, was '" + message() + "'");
    }
    if ((kind() == ProblemKind.RULE) != finding().isPresent()) {
      throw new IllegalArgumentException(
          "finding: must be present exactly for RULE problems, kind was " + kind());
    }
  }

  /**
   * Returns the kind, the pointer and the message: {@code "STRUCTURE at /pledges/0/id: ..."}; the
   * whole document is written {@code "(document)"}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return kind() + " at " + (pointer().isEmpty() ? "(document)" : pointer()) + ": " + message();
  }
}
