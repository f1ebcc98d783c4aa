package io.github.peacekeeping.cli;

/** The shipped JSON Schemas. */
final class Schemas {

  private Schemas() {}

  static String of(SchemaCommand.DocumentType type) {
    throw new UnsupportedOperationException("schemas arrive with the serialization module");
  }
}
