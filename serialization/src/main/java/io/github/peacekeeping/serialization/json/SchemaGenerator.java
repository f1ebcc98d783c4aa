package io.github.peacekeeping.serialization.json;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema (draft 2020-12) of an exchange document from the format's description
 * ({@link Format}): every object a definition in {@code $defs}, referenced where it is used. Not
 * thread-safe; one per schema.
 */
final class SchemaGenerator {

  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final Map<String, ObjectNode> definitions = new TreeMap<>();
  private final Set<String> building = new HashSet<>();

  private SchemaGenerator() {}

  /**
   * Returns a reference to the definition {@code name}, defining it first if needed (a definition
   * that refers to itself, directly or not, gets the reference while it is being defined).
   */
  ObjectNode reference(String name, Supplier<ObjectNode> definition) {
    if (!definitions.containsKey(name) && building.add(name)) {
      definitions.put(name, definition.get());
      building.remove(name);
    }
    return Shapes.NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  /** The schema of a document, as indented text. */
  static String schema(DocumentShape<?> document, String title) {
    SchemaGenerator generator = new SchemaGenerator();
    ObjectNode body = document.schema(generator);
    ObjectNode schema = Shapes.NODES.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", title);
    schema.put("description", "Generated from the description of the format in"
        + " peacekeeping-serialization (docs/json-format.md); schema version " + Format.VERSION
        + ", and " + Format.VERSION_1 + " as this version reads it.");
    schema.setAll(body);
    ObjectNode defs = schema.putObject("$defs");
    generator.definitions.forEach(defs::set);
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(schema);
  }
}
