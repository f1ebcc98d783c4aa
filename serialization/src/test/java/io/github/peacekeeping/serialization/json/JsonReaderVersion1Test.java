package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Documents of schema 1.0 are read where their values map onto the 2.0 model without inventing a
 * fact, and refused, at the property that lacks one, where they do not.
 */
class JsonReaderVersion1Test {

  private static final JsonReader READER = JsonReader.create();

  /** A 1.0 pledge registered at {@code level} with the given extra readiness properties. */
  private static String pledge(String readiness) {
    return Fixtures.pledgeV1(Fixtures.UNIT).replace(
        "\"readiness\": {\"level\": \"LEVEL_1\", \"registeredOn\": \"2021-12-08\"}",
        "\"readiness\": " + readiness);
  }

  private static List<JsonProblem> problems(String json) {
    try {
      READER.read(json, PledgeRegistryDocument.class);
    } catch (InvalidDocumentException e) {
      return e.problems();
    }
    throw new AssertionError("expected an InvalidDocumentException for " + json);
  }

  @Test
  void a_deployment_snapshot_of_1_0_reads_as_the_same_snapshot() {
    String v2 = """
        {"schemaVersion": "2.0", "type": "deployment-snapshot", "date": "2011-07-31", "records": [
          {"date": "2011-07-31", "contributor": "GHA", "mission": "UNMIS",
           "category": "CONTINGENT_TROOPS", "personnel": {"women": 10, "men": 90}}]}
        """;
    String v1 = v2.replace("\"2.0\"", "\"1.0\"");

    assertThat(READER.read(v1, DeploymentSnapshotDocument.class).value())
        .isEqualTo(READER.read(v2, DeploymentSnapshotDocument.class).value());
  }

  @Test
  void a_pledge_registered_at_level_1_maps_to_a_one_step_history_and_its_last_reconfirmation() {
    Pledge read = READER.read(Fixtures.registryOfVersion("1.0", Fixtures.pledgeV1(Fixtures.UNIT)),
        PledgeRegistryDocument.class).value().pledges().get(0);

    assertThat(read).isEqualTo(Pledge.builder().from(Fixtures.pledge())
        .addReconfirmation(LocalDate.of(2022, 11, 30)).build());
    assertThat(read.readiness()).contains(
        Readiness.of(ReadinessLevel.LEVEL_1, LocalDate.of(2021, 12, 8)));
    assertThat(read.units().get(0).vettedOn()).isEmpty();
  }

  @Test
  void a_registry_read_from_1_0_is_written_as_2_0_and_validates_against_the_shipped_schema() {
    PledgeRegistryDocument read = READER.read(
        Fixtures.registryOfVersion("1.0", Fixtures.pledgeV1(Fixtures.UNIT)),
        PledgeRegistryDocument.class).value();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonWriter.create().writePledgeRegistry(read.pledges(), out);
    String written = out.toString(StandardCharsets.UTF_8);

    assertThat(read.schemaVersion()).isEqualTo("2.0");
    assertThat(written).startsWith("{\"schemaVersion\":\"2.0\",");
    assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JsonSchemas.pledgeRegistry()).validate(written, InputFormat.JSON)).isEmpty();
  }

  @Test
  void a_higher_level_and_its_evidence_are_refused_each_at_its_property_naming_what_is_missing() {
    String json = Fixtures.registryOfVersion("1.0", pledge("""
        {"level": "RAPID_DEPLOYMENT", "registeredOn": "2021-12-08", "aavDate": "2022-06-15",
         "surReference": "SUR-FPU-1", "rapidDeploymentDays": 60}
        """));

    assertThat(problems(json))
        .extracting(JsonProblem::kind, JsonProblem::pointer)
        .containsExactly(
            tuple(ProblemKind.STRUCTURE, "/pledges/0/readiness/level"),
            tuple(ProblemKind.STRUCTURE, "/pledges/0/readiness/aavDate"),
            tuple(ProblemKind.STRUCTURE, "/pledges/0/readiness/surReference"),
            tuple(ProblemKind.STRUCTURE, "/pledges/0/readiness/rapidDeploymentDays"));
    assertThat(problems(json)).extracting(JsonProblem::message).containsExactly(
        "a schema 1.0 readiness cannot be read as a 2.0 readiness history without inventing the"
            + " day RAPID_DEPLOYMENT was reached: 1.0 records the level claimed, not when it was"
            + " reached (write the history as 2.0 'steps')",
        "a schema 1.0 readiness cannot be read as a 2.0 readiness history without inventing the"
            + " outcome of the visit: 1.0 does not record whether it was successful"
            + " ('aav.successful')",
        "a schema 1.0 readiness cannot be read as a 2.0 readiness history without inventing the"
            + " day of the SUR alignment and the kind of statement: 1.0 records neither"
            + " ('sur.alignedOn', 'sur.kind')",
        "a schema 1.0 readiness cannot be read as a 2.0 readiness history without inventing the"
            + " day of the commitment: 1.0 does not record it ('rapidDeployment.committedOn')");
  }

  @Test
  void a_readiness_without_its_registration_day_is_refused_at_the_readiness() {
    assertThat(problems(Fixtures.registryOfVersion("1.0", pledge("{\"level\": \"LEVEL_1\"}"))))
        .singleElement().satisfies(p -> {
          assertThat(p.pointer()).isEqualTo("/pledges/0/readiness");
          assertThat(p.message()).isEqualTo("a schema 1.0 readiness cannot be read as a 2.0"
              + " readiness history without inventing its first day: it has no 'registeredOn',"
              + " the day of the registration that starts the history");
        });
  }

  @Test
  void a_reconfirmation_before_the_pledge_is_refused_at_reconfirmed_on() {
    String json = Fixtures.registryOfVersion("1.0", Fixtures.pledgeV1(Fixtures.UNIT)
        .replace("\"reconfirmedOn\": \"2022-11-30\"", "\"reconfirmedOn\": \"2021-11-30\""));

    assertThat(problems(json)).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/pledges/0/reconfirmedOn");
      assertThat(p.message()).isEqualTo("must not be before pledgedOn 2021-12-07, was 2021-11-30");
    });
  }

  @Test
  void each_version_refuses_the_properties_of_the_other() {
    String v2InV1 = Fixtures.registryOfVersion("1.0", Fixtures.PLEDGE);
    assertThat(problems(v2InV1)).extracting(JsonProblem::pointer)
        .containsExactly("/pledges/0/readiness/steps", "/pledges/0/readiness");
    String vettedOnInV1 = Fixtures.registryOfVersion("1.0", Fixtures.pledgeV1(
        Fixtures.UNIT.replace("\"vetted\": true,", "\"vetted\": true, \"vettedOn\": \"2023-11-20\",")));
    assertThat(problems(vettedOnInV1)).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/pledges/0/units/0/vettedOn");
      assertThat(p.message()).startsWith("unknown property 'vettedOn' in a unit (schema 1.0)");
    });
    String v1InV2 = Fixtures.registry(Fixtures.pledgeV1(Fixtures.UNIT));
    assertThat(problems(v1InV2)).extracting(JsonProblem::pointer).containsExactly(
        "/pledges/0/reconfirmedOn", "/pledges/0/readiness/level",
        "/pledges/0/readiness/registeredOn");
  }

  @Test
  void a_streamed_1_0_registry_delivers_the_pledges_that_map_and_locates_the_others() {
    String json = Fixtures.registryOfVersion("1.0",
        Fixtures.pledgeV1(Fixtures.UNIT),
        pledge("{\"level\": \"LEVEL_2\", \"registeredOn\": \"2021-12-08\"}"),
        Fixtures.pledgeV1(Fixtures.UNIT).replace("\"P-1\"", "\"P-3\""));
    List<Pledge> delivered = new ArrayList<>();
    List<JsonProblem> problems = new ArrayList<>();

    StreamSummary summary = READER.stream(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Pledge.class,
        v -> delivered.add(v.value()), problems::add);

    assertThat(delivered).extracting(Pledge::id).containsExactly("P-1", "P-3");
    assertThat(problems).extracting(JsonProblem::pointer)
        .containsExactly("/pledges/1/readiness/level");
    assertThat(summary.complete()).isTrue();
    assertThat(summary.invalid()).isEqualTo(1);
  }
}
