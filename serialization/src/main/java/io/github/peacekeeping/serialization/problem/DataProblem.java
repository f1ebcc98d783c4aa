package io.github.peacekeeping.serialization.problem;

import io.github.peacekeeping.validation.Severity;

/**
 * One problem found in exchanged data, JSON or CSV: a stable {@linkplain #code() code}, a
 * {@linkplain #severity() severity}, a structured {@linkplain #location() location} and a message
 * for a person. Programs act on the code and the location; the message may be reworded.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface DataProblem {

  /**
   * Returns the problem's stable code.
   *
   * @return the code, never null
   */
  ProblemCode code();

  /**
   * Returns how serious the problem is: its code's severity, or for a {@link
   * ProblemCode#RULE_VIOLATION} its finding's.
   *
   * @return the severity, never null
   */
  Severity severity();

  /**
   * Returns where the problem is.
   *
   * @return the location, never null
   */
  Location location();

  /**
   * Returns what is wrong, for a person who does not know the library's internals.
   *
   * @return the message, never blank
   */
  String message();
}
