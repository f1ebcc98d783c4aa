package io.github.peacekeeping.serialization.json;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a JSON document cannot be read into a valid value: it lists every problem found, each
 * with its kind and JSON Pointer, not only the first. The message gives the count and the first few
 * problems.
 *
 * <p>Instances are immutable once built; the problem list is unmodifiable.
 */
public final class InvalidDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it summarises the rest. */
  private static final int LISTED = 5;

  /** The problems, in document order; an unmodifiable list, never empty. */
  @SuppressWarnings("serial") // List.copyOf returns a serialisable list; the problems are not
  private final List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, in document order; not null, not empty, without null elements
   * @throws NullPointerException if {@code problems} or an element is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidDocumentException(List<JsonProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found in the document.
   *
   * @return the problems, unmodifiable, never null and never empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String summary(List<JsonProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty, was []");
    }
    StringBuilder text = new StringBuilder("invalid JSON document: ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      text.append(System.lineSeparator()).append("  ").append(Objects.requireNonNull(problems.get(i), "problems[" + i + "]"));
    }
    if (problems.size() > LISTED) {
      text.append(System.lineSeparator()).append("  … and ").append(problems.size() - LISTED).append(" more");
    }
    return text.toString();
  }
}
