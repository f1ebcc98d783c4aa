package io.github.peacekeeping.serialization.json;

/**
 * What kind of problem a {@link JsonProblem} is: the document cannot be parsed, it parses but does
 * not describe a valid value, or it describes a value that breaks a communiqué rule the reader was
 * told to reject.
 */
public enum ProblemKind {

  /**
   * The input is not one well-formed JSON document: malformed or truncated JSON, invalid UTF-8, a
   * byte order mark, an empty input, duplicate keys, trailing content, or a parser limit exceeded
   * (nesting depth, number, string or document length).
   */
  SYNTAX,

  /**
   * The JSON is well formed but does not follow the exchange format: a wrong JSON type, a missing,
   * unknown or {@code null} property, an unknown code, a malformed date, a number out of range, or
   * a value the core model refuses to build (an invariant violation); and, read with a
   * validation context, figures dated after its evaluation date, which cannot be assessed as of it.
   */
  STRUCTURE,

  /**
   * The value was decoded but breaks a communiqué rule at or above the reader's rejection
   * threshold; the problem carries the rule's {@link io.github.peacekeeping.validation.Finding}.
   */
  RULE
}
