package io.github.peacekeeping.serialization.json;

import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown by the deserializers of {@link PeacekeepingModule} when a JSON value cannot be read into a
 * valid core value: a Jackson {@link MismatchedInputException} located at the start of the value,
 * whose message lists every problem with its JSON Pointer, and which carries the problems as {@link
 * JsonProblem}s. The pointers are absolute: from the root of the document the mapper read, also
 * when the core value is nested in an application's own class.
 *
 * <p>The problem list is unmodifiable.
 */
public final class InvalidValueException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it summarises the rest. */
  private static final int LISTED = 5;

  /** The problems, in document order; an unmodifiable list, never empty. */
  @SuppressWarnings("serial") // List.copyOf returns a serialisable list; the problems are not
  private final List<JsonProblem> problems;

  InvalidValueException(
      JsonParser parser, TokenStreamLocation location, Class<?> type, List<JsonProblem> problems) {
    super(parser, summary(type, problems), location);
    this.problems = List.copyOf(problems);
    this._targetType = type;
  }

  /**
   * Returns every problem of the value, each with its absolute JSON Pointer.
   *
   * @return the problems, unmodifiable, never null and never empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String summary(Class<?> type, List<JsonProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty, was []");
    }
    StringBuilder text = new StringBuilder("invalid ")
        .append(type.getSimpleName())
        .append(": ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      text.append(System.lineSeparator()).append("  ").append(problems.get(i));
    }
    if (problems.size() > LISTED) {
      text.append(System.lineSeparator()).append("  … and ").append(problems.size() - LISTED)
          .append(" more");
    }
    return text.toString();
  }
}
