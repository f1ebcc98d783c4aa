package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.serialization.json.JsonSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaCommandIT {

  @Test
  void prints_the_pledge_registry_schema_by_default() {
    Cli.Result result = Cli.run("schema");

    assertThat(result.exitCode()).isZero();
    JsonNode schema = result.document();
    assertThat(schema.get("$schema").asString()).contains("2020-12");
    assertThat(result.out().strip()).isEqualTo(JsonSchemas.pledgeRegistry().strip());
  }

  @Test
  void prints_the_deployment_snapshot_schema() {
    Cli.Result result = Cli.run("schema", "--type", "deployment-snapshot");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().strip()).isEqualTo(JsonSchemas.deploymentSnapshot().strip());
  }

  @Test
  void unknown_type_is_bad_usage() {
    Cli.Result result = Cli.run("schema", "--type", "mandate");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'mandate' is not a document type");
  }
}
