package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The deserializers of {@link PeacekeepingModule}, in a plain mapper and the hardened one. */
class PeacekeepingModuleReadingTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new PeacekeepingModule()).build();
  private static final JsonWriter WRITER = JsonWriter.create();

  /** An application's own class holding core values. */
  record Envelope(String note, List<Pledge> pledges) {}

  @Test
  void a_plain_mapper_with_the_module_reads_what_the_writer_wrote() {
    for (Pledge pledge : WriterFixtures.richRegistry()) {
      assertThat(MAPPER.readValue(WRITER.write(pledge), Pledge.class)).isEqualTo(pledge);
      assertThat(PeacekeepingJson.mapper().readValue(WRITER.write(pledge), Pledge.class))
          .isEqualTo(pledge);
    }
    Unit unit = WriterFixtures.richUnit();
    assertThat(MAPPER.readValue(WRITER.write(unit), Unit.class)).isEqualTo(unit);
    assertThat(MAPPER.readValue("\"KOR\"", Contributor.class)).isEqualTo(MemberState.of("KOR"));
    assertThat(MAPPER.readValue("\"KOR\"", MemberState.class)).isEqualTo(MemberState.of("KOR"));
    assertThat(MAPPER.readValue("\"UNMISS\"", Mission.class)).isEqualTo(WriterFixtures.UNMISS);
  }

  @Test
  void reads_a_deployment_snapshot_from_its_envelope() {
    DeploymentSnapshot snapshot = WriterFixtures.unmissFebruary2014();

    assertThat(MAPPER.readValue(WRITER.write(snapshot), DeploymentSnapshot.class))
        .isEqualTo(snapshot);
  }

  @Test
  void reads_core_values_inside_an_applications_own_types() {
    List<Pledge> registry = WriterFixtures.richRegistry();
    String json = MAPPER.writeValueAsString(new Envelope("seoul", registry));

    assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(new Envelope("seoul", registry));
    assertThat(MAPPER.readValue("{\"a\":{\"women\":1,\"men\":2}}",
            new TypeReference<Map<String, PersonnelCount>>() {}))
        .containsEntry("a", PersonnelCount.of(1, 2));
  }

  @Test
  void fails_with_every_problem_located_by_pointer_and_position() {
    String json = "{\n  \"id\": \"P-1\",\n"
        + "  \"arrangement\": {\"kind\": \"SINGLE\", \"contributor\": \"XXX\"},"
        + "\n  \"categories\": [\"NAVAL\"], \"pledgedOn\": \"2021-12-07\", \"colour\": 1}";

    assertThatThrownBy(() -> MAPPER.readValue(json, Pledge.class))
        .isInstanceOf(MismatchedInputException.class)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("invalid Pledge: 3 problems")
        .hasMessageContaining("/arrangement/contributor")
        .hasMessageContaining("/categories/0")
        .hasMessageContaining("/colour")
        .satisfies(e -> {
          InvalidValueException invalid = (InvalidValueException) e;
          assertThat(invalid.problems()).extracting(JsonProblem::pointer)
              .containsExactlyInAnyOrder("/arrangement/contributor", "/categories/0", "/colour");
          assertThat(invalid.getLocation().getLineNr()).isEqualTo(1);
          assertThat(invalid.getLocation().getColumnNr()).isEqualTo(1);
          assertThat(invalid.getTargetType()).isEqualTo(Pledge.class);
        });
  }

  @Test
  void pointers_start_at_the_root_of_the_document_for_nested_values() {
    String json = "{\"note\":\"x\",\"pledges\":[{\"id\":\"P-1\","
        + "\"arrangement\":{\"kind\":\"SINGLE\","
        + "\"contributor\":\"KOR\"},\"categories\":[],\"pledgedOn\":\"2021-12-32\"}]}";

    assertThatThrownBy(() -> MAPPER.readValue(json, Envelope.class))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("MALFORMED_VALUE at /pledges/0/pledgedOn (line 1, column 116): malformed date");
  }

  @Test
  void turns_a_broken_core_invariant_into_a_located_problem() {
    assertThatThrownBy(() -> MAPPER.readValue(
            "{\"name\":\" \",\"personnel\":{\"women\":1,\"men\":2}}",
            io.github.peacekeeping.core.unit.Platoon.class))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("INVALID_VALUE at /name (line 1, column 9)")
        .hasMessageContaining("must not be blank");
  }

  @Test
  void refuses_null_where_a_core_value_belongs() {
    assertThatThrownBy(() -> MAPPER.readValue("null", Pledge.class))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("null is not allowed");
    assertThatThrownBy(
            () -> MAPPER.readValue("{\"note\":\"x\",\"pledges\":[null]}", Envelope.class))
        .hasMessageContaining("null is not allowed");
  }

  @Test
  void the_hardened_mapper_refuses_trailing_content_and_duplicate_keys() {
    JsonMapper hardened = PeacekeepingJson.mapper();
    assertThatThrownBy(() -> hardened.readValue("\"KOR\" \"GBR\"", Contributor.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(
            () -> hardened.readValue("{\"women\":1,\"women\":2,\"men\":0}", PersonnelCount.class))
        .hasMessageContaining("Duplicate");
  }
}
