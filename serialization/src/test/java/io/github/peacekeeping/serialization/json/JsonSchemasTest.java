package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.peacekeeping.core.unit.UnitType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema REGISTRY_SCHEMA = REGISTRY.getSchema(JsonSchemas.pledgeRegistry());
  private static final Schema SNAPSHOT_SCHEMA =
      REGISTRY.getSchema(JsonSchemas.deploymentSnapshot());
  // The schema is about the wire format, not the rules: the rich registry has deliberate rule
  // findings (a deployed unit without training), which a validating writer refuses to write.
  private static final JsonWriter WRITER = JsonWriter.create();

  private static String registryDocument() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writePledgeRegistry(WriterFixtures.richRegistry(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String snapshotDocument() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeDeploymentSnapshot(WriterFixtures.unmissFebruary2014(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void schemas_are_draft_2020_12() {
    assertThat(JsonSchemas.pledgeRegistry())
        .contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(JsonSchemas.deploymentSnapshot())
        .contains("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void a_written_rich_registry_validates() {
    assertThat(errors(REGISTRY_SCHEMA, registryDocument())).isEmpty();
  }

  @Test
  void a_written_snapshot_of_real_rows_validates() {
    assertThat(errors(SNAPSHOT_SCHEMA, snapshotDocument())).isEmpty();
  }

  @Test
  void an_empty_registry_validates() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writePledgeRegistry(List.of(), out);
    assertThat(errors(REGISTRY_SCHEMA, out.toString(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void accepts_a_mission_acronym_with_a_numeral_after_a_space() {
    // Regression: the schema's acronym pattern refused the space the UN writes in "UNOSOM II".
    String snapshot = snapshotDocument().replace("\"UNMISS\"", "\"UNOSOM II\"");
    assertThat(snapshot).contains("\"UNOSOM II\"");
    assertThat(errors(SNAPSHOT_SCHEMA, snapshot)).isEmpty();
    String doubled = snapshotDocument().replace("\"UNMISS\"", "\"UNOSOM  II\"");
    assertThat(errors(SNAPSHOT_SCHEMA, doubled)).isNotEmpty();
  }

  @Test
  void rejects_an_unknown_property() {
    String json = registryDocument().replaceFirst("\"id\":", "\"colour\":\"blue\",\"id\":");
    assertThat(errors(REGISTRY_SCHEMA, json)).isNotEmpty();
    String snapshot = snapshotDocument().replaceFirst("\\{", "{\"extra\":1,");
    assertThat(errors(SNAPSHOT_SCHEMA, snapshot)).isNotEmpty();
  }

  @Test
  void rejects_a_wrong_enum_code() {
    String level = registryDocument().replace("\"RAPID_DEPLOYMENT\"", "\"LEVEL_9\"");
    assertThat(errors(REGISTRY_SCHEMA, level)).isNotEmpty();
    String unitType = registryDocument().replace("\"FORMED_POLICE_UNIT\"", "\"SUBMARINE\"");
    assertThat(errors(REGISTRY_SCHEMA, unitType)).isNotEmpty();
    String category =
        snapshotDocument().replaceFirst("\"category\":\"[A-Z_]+\"", "\"category\":\"ARMY\"");
    assertThat(errors(SNAPSHOT_SCHEMA, category)).isNotEmpty();
    String type = snapshotDocument().replace("\"deployment-snapshot\"", "\"pledge-registry\"");
    assertThat(errors(SNAPSHOT_SCHEMA, type)).isNotEmpty();
  }

  @Test
  void rejects_a_missing_required_property() {
    String json = registryDocument().replaceFirst("\"pledgedOn\":\"[0-9-]+\",", "");
    assertThat(errors(REGISTRY_SCHEMA, json)).isNotEmpty();
    String version = snapshotDocument().replaceFirst("\"schemaVersion\":\"2.0\",", "");
    assertThat(errors(SNAPSHOT_SCHEMA, version)).isNotEmpty();
  }

  @Test
  void rejects_malformed_codes() {
    String contributor = snapshotDocument().replaceFirst("\"contributor\":\"[A-Z]+\"", "\"contributor\":\"kor\"");
    assertThat(errors(SNAPSHOT_SCHEMA, contributor)).isNotEmpty();
    String version = registryDocument().replace("\"schemaVersion\":\"2.0\"", "\"schemaVersion\":\"one\"");
    assertThat(errors(REGISTRY_SCHEMA, version)).isNotEmpty();
    String joint = registryDocument().replace("[\"GBR\",\"EU\"]", "[\"GBR\",\"E-U\"]");
    assertThat(joint).isNotEqualTo(registryDocument());
    assertThat(errors(REGISTRY_SCHEMA, joint)).isNotEmpty();
  }

  @Test
  void describes_the_readiness_history_and_its_evidence() {
    String registry = registryDocument();
    assertThat(registry).contains("\"steps\":[{\"on\":\"2021-12-08\",\"level\":\"LEVEL_1\"}",
        "\"rapidDeployment\":{\"days\":60,\"committedOn\":\"2023-12-05\"}");
    String exit = registry.replace("{\"on\":\"2021-12-08\",\"level\":\"LEVEL_1\"}",
        "{\"on\":\"2021-12-08\",\"exit\":\"RETIRED\"}");
    assertThat(errors(REGISTRY_SCHEMA, exit)).isNotEmpty();
    String undatedVisit = registry.replaceFirst("\\{\"date\":\"2022-06-15\",", "{");
    assertThat(undatedVisit).isNotEqualTo(registry);
    assertThat(errors(REGISTRY_SCHEMA, undatedVisit)).isNotEmpty();
    String surWithoutKind = registry.replaceFirst("\"kind\":\"GENERIC\",", "");
    assertThat(surWithoutKind).isNotEqualTo(registry);
    assertThat(errors(REGISTRY_SCHEMA, surWithoutKind)).isNotEmpty();
  }

  @Test
  void describes_schema_1_0_as_the_reader_reads_it() {
    // A 2.0 registry relabelled 1.0 has 2.0 properties ('reconfirmations'): refused by both.
    String v1 = registryDocument().replace("\"schemaVersion\":\"2.0\"", "\"schemaVersion\":\"1.0\"");
    assertThat(errors(REGISTRY_SCHEMA, v1)).isNotEmpty();
    String reconfirmedOn = registryDocument().replace("\"reconfirmations\":[\"2022-12-06\",\"2023-12-05\"]",
        "\"reconfirmedOn\":\"2023-12-05\"");
    assertThat(reconfirmedOn).isNotEqualTo(registryDocument());
    assertThat(errors(REGISTRY_SCHEMA, reconfirmedOn)).isNotEmpty();
    // A snapshot is the same in 1.0 and 2.0, and the reader reads both: so does the schema.
    String snapshot = snapshotDocument().replace("\"schemaVersion\":\"2.0\"", "\"schemaVersion\":\"1.0\"");
    assertThat(errors(SNAPSHOT_SCHEMA, snapshot)).isEmpty();
    assertThat(JsonReader.create().read(snapshot, DeploymentSnapshotDocument.class).value().records())
        .isNotEmpty();
    String newer = snapshotDocument().replace("\"schemaVersion\":\"2.0\"", "\"schemaVersion\":\"2.1\"");
    assertThat(errors(SNAPSHOT_SCHEMA, newer)).isNotEmpty();
  }

  @Test
  void lists_exactly_the_standard_unit_type_codes() {
    JsonNode defs = JsonMapper.builder().build().readTree(JsonSchemas.pledgeRegistry()).get("$defs");
    JsonNode type = defs.get("Unit").get("properties").get("type").get("oneOf").get(0).get("enum");
    assertThat(type.valueStream().map(JsonNode::stringValue).toList())
        .containsExactlyInAnyOrderElementsOf(UnitType.standardTypes().stream().map(UnitType::code).toList());
  }

  @Test
  void carries_the_bounds_of_counts_and_restricts_map_keys() {
    JsonNode defs = JsonMapper.builder().build().readTree(JsonSchemas.pledgeRegistry()).get("$defs");
    JsonNode women = defs.get("PersonnelCount").get("properties").get("women");
    assertThat(women.get("minimum").isNumber()).isTrue();
    assertThat(women.get("minimum").longValue()).isZero();
    assertThat(women.get("maximum").longValue())
        .isEqualTo(io.github.peacekeeping.core.personnel.Bounds.MAX_PERSONNEL);
    JsonNode roles = defs.get("Unit").get("properties").get("roles");
    assertThat(roles.get("propertyNames").get("enum").valueStream().map(JsonNode::stringValue).toList())
        .containsExactly(Arrays.stream(io.github.peacekeeping.core.unit.UnitRole.values()).map(Enum::name)
            .toArray(String[]::new));
    String registry = registryDocument();
    String badKey = registry.replaceFirst("\"roles\":\\{\"([A-Z_]+)\"", "\"roles\":{\"COOK\"");
    assertThat(badKey).isNotEqualTo(registry);
    assertThat(errors(REGISTRY_SCHEMA, badKey)).isNotEmpty();
    String tooMany = registry.replaceFirst("\"women\":[0-9]+", "\"women\":1000000001");
    assertThat(errors(REGISTRY_SCHEMA, tooMany)).isNotEmpty();
  }
}
