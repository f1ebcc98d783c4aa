package io.github.peacekeeping.serialization.json;

/**
 * The JSON Schemas (draft 2020-12) of the two exchange documents. They are derived from the same
 * description of the format that the reader reads and the writer writes, so the three agree: a
 * document the schema refuses, the reader refuses; a document the writer writes, the schema
 * accepts. The reader checks more than a schema can (catalogues, the model's invariants, the
 * communiqué rules).
 *
 * <p>This class is not instantiable; its methods are thread-safe.
 */
public final class JsonSchemas {

  private JsonSchemas() {}

  private static final class Registry {
    static final String SCHEMA =
        SchemaGenerator.schema(Format.PLEDGE_REGISTRY, "Pledge registry");
  }

  private static final class Snapshot {
    static final String SCHEMA =
        SchemaGenerator.schema(Format.DEPLOYMENT_SNAPSHOT, "Deployment snapshot");
  }

  /**
   * Returns the JSON Schema of the pledge-registry document.
   *
   * @return the schema text, never null
   */
  public static String pledgeRegistry() {
    return Registry.SCHEMA;
  }

  /**
   * Returns the JSON Schema of the deployment-snapshot document.
   *
   * @return the schema text, never null
   */
  public static String deploymentSnapshot() {
    return Snapshot.SCHEMA;
  }
}
