package io.github.peacekeeping.serialization.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one kind of JSON value of the exchange format is read, written and described in the JSON
 * Schema: the one description of that value ({@link Format} assembles them). Immutable and
 * thread-safe.
 *
 * @param <T> the core type the value stands for
 */
abstract class Shape<T> {

  private final String what;

  Shape(String what) {
    this.what = what;
  }

  /** What the value is, for messages: {@code "a personnel count"}. */
  final String what() {
    return what;
  }

  /**
   * Reads the value whose first token is the parser's current token (never a JSON null: {@link
   * Input#value(Shape)} reports those), leaving the parser on its last token. Reports every
   * problem and returns null exactly when it reported one.
   */
  abstract T read(Input in);

  /** Writes a value. */
  abstract void write(T value, JsonGenerator out);

  /** Describes the value in a JSON Schema (draft 2020-12), registering any definition it needs. */
  abstract ObjectNode schema(SchemaGenerator schemas);
}
