package io.github.peacekeeping.serialization.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the two exchange documents, as shipped in this jar. They are
 * generated at build time from the same wire model the writer writes with.
 *
 * <p>This class is not instantiable; its methods are thread-safe.
 */
public final class JsonSchemas {

  private static final String DIRECTORY = "/io/github/peacekeeping/serialization/schema/";

  private JsonSchemas() {}

  /**
   * Returns the JSON Schema of the pledge-registry document.
   *
   * @return the schema text, never null
   * @throws IllegalStateException if the schema is missing from the jar
   */
  public static String pledgeRegistry() {
    return load("pledge-registry.schema.json");
  }

  /**
   * Returns the JSON Schema of the deployment-snapshot document.
   *
   * @return the schema text, never null
   * @throws IllegalStateException if the schema is missing from the jar
   */
  public static String deploymentSnapshot() {
    return load("deployment-snapshot.schema.json");
  }

  private static String load(String name) {
    String resource = DIRECTORY + name;
    try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "JSON Schema "
                + resource
                + " is missing from the peacekeeping-serialization jar: it is generated at build"
                + " time by the jsonschema-maven-plugin (process-classes phase)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("JSON Schema " + resource + " could not be read", e);
    }
  }
}
