package io.github.peacekeeping.cli;

import io.github.peacekeeping.serialization.json.JsonSchemas;

/** The JSON Schemas shipped in the serialization jar. */
final class Schemas {

  private Schemas() {}

  /**
   * Returns the schema of a document type.
   *
   * @param type the document type
   * @return the schema's text, as shipped
   */
  static String of(SchemaCommand.DocumentType type) {
    return switch (type) {
      case PLEDGE_REGISTRY -> JsonSchemas.pledgeRegistry();
      case DEPLOYMENT_SNAPSHOT -> JsonSchemas.deploymentSnapshot();
    };
  }
}
