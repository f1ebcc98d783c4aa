package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Arrangement;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input never crashes and never passes: each gets a typed problem with its kind and place. */
class HostileInputTest {

  private static final JsonReader READER = JsonReader.create();

  private static List<JsonProblem> problems(String json, Class<?> type) {
    try {
      READER.read(json, type);
    } catch (InvalidDocumentException e) {
      return e.problems();
    }
    throw new AssertionError("expected an InvalidDocumentException for " + json);
  }

  private static List<JsonProblem> problems(byte[] json, Class<?> type) {
    try {
      READER.read(json, type);
    } catch (InvalidDocumentException e) {
      return e.problems();
    }
    throw new AssertionError("expected an InvalidDocumentException");
  }

  private static JsonProblem single(String json, Class<?> type) {
    List<JsonProblem> problems = problems(json, type);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  // ---------------------------------------------------------------- syntax

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"women\": 1, \"men\": }",
      "{'women': 1, 'men': 2}",
      "{\"women\": 1, \"men\": 2,}",
      "{\"women\": 01, \"men\": 2}",
      "{\"women\": 1, \"men\": 2 /* comment */}",
      "{\"women\": NaN, \"men\": 2}",
      "{women: 1, men: 2}"})
  void malformed_json_is_a_syntax_problem(String json) {
    assertThat(single(json, PersonnelCount.class).kind()).isEqualTo(ProblemKind.SYNTAX);
  }

  @Test
  void syntax_problem_gives_the_pointer_and_line_and_column() {
    JsonProblem problem = single("{\"pledges\": [\n  {\"id\": tru}]}", PersonnelCount.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
    assertThat(problem.pointer()).isEqualTo("/pledges/0/id");
    assertThat(problem.location().line()).isEqualTo(2);
    assertThat(problem.location().column()).isPositive();
    assertThat(problem.code()).isEqualTo(ProblemCode.MALFORMED_JSON);
  }

  @Test
  void truncated_document_is_a_syntax_problem() {
    JsonProblem problem = single("{\"women\": 1, \"men\"", PersonnelCount.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
    assertThat(problem.location().line()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t "})
  void empty_input_is_a_syntax_problem(String json) {
    JsonProblem problem = single(json, PersonnelCount.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
    assertThat(problem.pointer()).isEmpty();
    assertThat(problem.message()).contains("empty document");
  }

  @Test
  void empty_file_is_a_syntax_problem() {
    assertThat(problems(new byte[0], PersonnelCount.class)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("empty document"));
  }

  @Test
  void trailing_content_is_a_syntax_problem() {
    JsonProblem problem = single("{\"women\": 1, \"men\": 2} {\"women\": 3, \"men\": 4}", PersonnelCount.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
    assertThat(problem.pointer()).isEmpty();
    assertThat(single("{\"women\": 1, \"men\": 2} x", PersonnelCount.class).kind()).isEqualTo(ProblemKind.SYNTAX);
  }

  @Test
  void duplicate_key_is_a_structure_problem_at_the_repeated_property() {
    JsonProblem problem = single("{\"women\": 1, \"men\": 2, \"women\": 3}", PersonnelCount.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.STRUCTURE);
    assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_PROPERTY);
    assertThat(problem.pointer()).isEqualTo("/women");
    assertThat(problem.location().column()).isEqualTo(33);
    assertThat(problem.message()).contains("women");
  }

  @Test
  void byte_order_mark_is_a_syntax_problem_in_every_source() {
    String json = "\uFEFF{\"women\": 1, \"men\": 2}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(single(json, PersonnelCount.class).message()).contains("byte order mark");
    assertThat(problems(bytes, PersonnelCount.class)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("byte order mark"));
    InvalidDocumentException fromStream = catching(() -> READER.read(new ByteArrayInputStream(bytes), PersonnelCount.class));
    assertThat(fromStream.problems()).extracting(JsonProblem::kind).containsExactly(ProblemKind.SYNTAX);
    InvalidDocumentException fromReader = catching(() -> READER.read(new StringReader(json), PersonnelCount.class));
    assertThat(fromReader.problems()).extracting(JsonProblem::kind).containsExactly(ProblemKind.SYNTAX);
  }

  @Test
  void invalid_utf8_is_a_syntax_problem() {
    byte[] bytes = {'{', '"', 'w', 'o', 'm', 'e', 'n', '"', ':', ' ', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertThat(problems(bytes, PersonnelCount.class)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.SYNTAX);
      assertThat(p.message()).containsIgnoringCase("UTF-8");
    });
  }

  @Test
  void utf16_is_a_syntax_problem() {
    byte[] bytes = "{\"women\": 1, \"men\": 2}".getBytes(StandardCharsets.UTF_16LE);
    assertThat(problems(bytes, PersonnelCount.class)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
  }

  @Test
  void deep_nesting_is_a_syntax_problem() {
    String json = "[".repeat(10_000) + "]".repeat(10_000);
    JsonProblem problem = single(json, PersonnelCount.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
    assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
    assertThat(problem.message()).contains("nesting deeper than 64").doesNotContain("StreamReadConstraints");
    assertThat(problem.location().hasLine()).isTrue();
  }

  @Test
  void overlong_number_is_a_syntax_problem() {
    JsonProblem problem = single("{\"women\": " + "9".repeat(1000) + ", \"men\": 2}", PersonnelCount.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
    assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
    assertThat(problem.message()).contains("a number longer than 40 characters");
    assertThat(problem.location().line()).isEqualTo(1);
  }

  @Test
  void overlong_string_is_a_syntax_problem() {
    String json = "{\"id\": \"" + "x".repeat(PeacekeepingJson.MAX_STRING_LENGTH + 1) + "\"}";
    assertThat(single(json, Unit.class).kind()).isEqualTo(ProblemKind.SYNTAX);
  }

  // ---------------------------------------------------------------- structure

  @Test
  void wrong_json_types_are_structure_problems_at_their_pointers() {
    assertThat(problems("{\"women\": \"12\", \"men\": true}", PersonnelCount.class))
        .extracting(JsonProblem::kind, JsonProblem::pointer)
        .containsExactly(tuple(ProblemKind.STRUCTURE, "/women"), tuple(ProblemKind.STRUCTURE, "/men"));
    assertThat(single("[1, 2]", PersonnelCount.class).message()).isEqualTo("expected a personnel count (a JSON object), was an array");
  }

  @Test
  void non_integral_and_out_of_range_numbers_are_structure_problems() {
    assertThat(single("{\"women\": 1.5, \"men\": 2}", PersonnelCount.class).message())
        .contains("expected an integer without fraction or exponent, was 1.5");
    assertThat(single("{\"women\": 1e400, \"men\": 2}", PersonnelCount.class).pointer()).isEqualTo("/women");
    assertThat(single("{\"women\": 1, \"men\": 99999999999999999999}", PersonnelCount.class).message())
        .isEqualTo("out of range: must be between 0 and 1000000000, was 99999999999999999999");
    assertThat(single("{\"description\": \"helicopters\", \"quantity\": 2147483648}", EquipmentOffer.class))
        .satisfies(p -> {
          assertThat(p.pointer()).isEqualTo("/quantity");
          assertThat(p.message()).contains("out of range");
        });
  }

  @Test
  void negative_count_is_a_structure_problem_at_its_property() {
    JsonProblem problem = single("{\"women\": -1, \"men\": 2}", PersonnelCount.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.STRUCTURE);
    assertThat(problem.code()).isEqualTo(ProblemCode.OUT_OF_RANGE);
    assertThat(problem.pointer()).isEqualTo("/women");
    assertThat(problem.message()).isEqualTo("out of range: must be between 0 and 1000000000, was -1");
  }

  @Test
  void missing_required_property_is_reported_at_its_object() {
    JsonProblem problem = single("{\"women\": 1}", PersonnelCount.class);
    assertThat(problem.pointer()).isEmpty();
    assertThat(problem.message()).isEqualTo("missing required property 'men'");
  }

  @Test
  void unknown_property_is_a_structure_problem() {
    JsonProblem problem = single("{\"women\": 1, \"men\": 2, \"children\": 0}", PersonnelCount.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.STRUCTURE);
    assertThat(problem.pointer()).isEqualTo("/children");
    assertThat(problem.message()).contains("unknown property 'children'");
  }

  @Test
  void explicit_null_is_a_structure_problem() {
    assertThat(single("{\"steps\": [{\"on\": \"2021-12-08\", \"level\": \"LEVEL_1\", \"aav\": null}]}",
        Readiness.class))
        .satisfies(p -> {
          assertThat(p.kind()).isEqualTo(ProblemKind.STRUCTURE);
          assertThat(p.pointer()).isEqualTo("/steps/0/aav");
          assertThat(p.message()).startsWith("null is not allowed");
        });
    assertThat(single("{\"description\": \"c\", \"recipients\": [\"KOR\", null]}", io.github.peacekeeping.core.pledge.TrainingOffer.class)
        .pointer()).isEqualTo("/recipients/1");
    assertThat(single("null", PersonnelCount.class).kind()).isEqualTo(ProblemKind.STRUCTURE);
  }

  @Test
  void unknown_code_names_the_allowed_values() {
    assertThat(single("{\"steps\": [{\"on\": \"2021-12-08\", \"level\": \"LEVEL_4\"}]}", Readiness.class)
        .toString())
        .isEqualTo("UNKNOWN_CODE at /steps/0/level (line 1, column 42): unknown readiness level 'LEVEL_4'"
            + " (expected one of LEVEL_1, LEVEL_2, LEVEL_3, RAPID_DEPLOYMENT)");
    assertThat(single("{\"on\": \"2021-12-08\", \"exit\": \"RETIRED\"}",
        io.github.peacekeeping.core.pledge.ReadinessStep.class).toString())
        .isEqualTo("UNKNOWN_CODE at /exit (line 1, column 30): unknown readiness exit 'RETIRED'"
            + " (expected one of WITHDRAWN, EXPIRED)");
    assertThat(single("{\"reference\": \"SUR-1\", \"kind\": \"SPECIFIC\", \"alignedOn\": \"2021-12-08\"}",
        io.github.peacekeeping.core.pledge.SurAlignment.class).toString())
        .isEqualTo("UNKNOWN_CODE at /kind (line 1, column 32): unknown sur kind 'SPECIFIC'"
            + " (expected one of GENERIC, MISSION_SPECIFIC)");
  }

  @Test
  void unknown_contributor_and_mission_are_structure_problems() {
    String json = """
        {"date": "2014-02-28", "contributor": "XXX", "mission": "UNKNOWN",
         "category": "CONTINGENT_TROOPS", "personnel": {"women": 1, "men": 2}}
        """;
    assertThat(problems(json, DeploymentRecord.class))
        .extracting(JsonProblem::pointer)
        .containsExactly("/contributor", "/mission");
    assertThat(single("{\"kind\": \"SINGLE\", \"contributor\": \"kor\"}", Arrangement.class).message())
        .startsWith("unknown contributor 'kor'");
    assertThat(single("""
        {"memberState": "EU", "wpsNationalActionPlan": true, "rolesOpenToWomenReported": true,
         "officersByRankAndGenderReported": true}
        """, MemberStateCommitments.class).message())
        .isEqualTo("expected a UN Member State, was the organisation EU");
  }

  @Test
  void malformed_date_resolution_and_period_are_structure_problems() {
    String json = """
        {"mission": "UNMISS", "authorisedBy": "S/RES/2729", "period": "2025-04-30/2024-04-30"}
        """;
    assertThat(problems(json, Mandate.class))
        .extracting(JsonProblem::pointer)
        .containsExactly("/authorisedBy", "/period");
    assertThat(single("{\"steps\": [{\"on\": \"2021-02-30\", \"level\": \"LEVEL_1\"}]}", Readiness.class).message())
        .contains("malformed date '2021-02-30'");
  }

  // Regression: LocalDate.parse took signed and five-digit years, which the schema's
  // "format": "date" (RFC 3339 full-date) refuses (found by the fuzz tests' bad dates).
  @ParameterizedTest
  @ValueSource(strings = {"-2021-02-10", "+12021-02-10", "12021-02-10", "202-02-10"})
  void date_with_a_signed_or_other_than_four_digit_year_is_a_structure_problem(String date) {
    String json = "{\"steps\": [{\"on\": \"2021-03-01\", \"level\": \"LEVEL_2\","
        + " \"aav\": {\"date\": \"%s\", \"successful\": true}}]}";
    assertThat(READER.read(json.formatted("2021-02-10"), Readiness.class).value().latest().aav()
        .orElseThrow().date()).isEqualTo(java.time.LocalDate.of(2021, 2, 10));

    JsonProblem problem = single(json.formatted(date), Readiness.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.STRUCTURE);
    assertThat(problem.pointer()).isEqualTo("/steps/0/aav/date");
    assertThat(problem.message()).contains("malformed date '" + date + "'");
  }

  @Test
  void unknown_arrangement_kind_is_one_problem() {
    JsonProblem problem = single("{\"kind\": \"LEASE\", \"lessor\": \"KOR\"}", Arrangement.class);
    assertThat(problem.pointer()).isEqualTo("/kind");
    assertThat(problem.message()).contains("expected one of SINGLE, JOINT, ROTATION, TRIANGULAR, DONATION");
  }

  @Test
  void core_invariant_violation_is_located_at_its_property() {
    String json = """
        {"id": "U-2", "type": "INFANTRY_BATTALION", "contributor": "RWA", "status": "DEPLOYED",
         "personnel": {"women": 1, "men": 2}, "vetted": true, "equipment": "AT_STANDARD",
         "nightFlyingCapable": false, "roles": {"GENDER_ADVISER": {"women": 5, "men": 0}}}
        """;
    JsonProblem problem = single(json, Unit.class);
    assertThat(problem.kind()).isEqualTo(ProblemKind.STRUCTURE);
    assertThat(problem.message()).contains("mission: must be present when status is DEPLOYED");
    assertThat(problem.pointer()).isEmpty();
    JsonProblem role = single(json.replace("\"status\": \"DEPLOYED\"", "\"status\": \"OFFERED\""), Unit.class);
    assertThat(role.pointer()).isEqualTo("/roles/GENDER_ADVISER");
  }

  @Test
  void snapshot_record_of_another_date_is_reported_at_its_date() {
    String json = """
        {"schemaVersion": "2.0", "type": "deployment-snapshot", "date": "2014-02-28", "records": [
          {"date": "2014-02-28", "contributor": "GHA", "mission": "UNMISS",
           "category": "CONTINGENT_TROOPS", "personnel": {"women": 1, "men": 9}},
          {"date": "2014-03-31", "contributor": "GHA", "mission": "UNMISS",
           "category": "CONTINGENT_TROOPS", "personnel": {"women": 1, "men": 9}}]}
        """;
    assertThat(single(json, DeploymentSnapshotDocument.class))
        .satisfies(p -> {
          assertThat(p.code()).isEqualTo(ProblemCode.INVALID_VALUE);
          assertThat(p.pointer()).isEqualTo("/records/1/date");
          assertThat(p.message()).isEqualTo("must be the snapshot's date 2014-02-28, was 2014-03-31");
        });
  }

  @Test
  void repeated_set_element_is_a_structure_problem() {
    String json = """
        {"id": "P-1", "arrangement": {"kind": "SINGLE", "contributor": "KOR"}, "pledgedOn": "2021-12-07",
         "categories": ["MEDICAL", "MEDICAL"]}
        """;
    assertThat(single(json, Pledge.class).pointer()).isEqualTo("/categories/1");
  }

  @Test
  void lists_every_independent_problem_of_a_document() {
    String pledge = """
        {"id": "P-1", "arrangement": {"kind": "SINGLE", "contributor": "XXX"},
         "categories": ["MILITARY_AND_POLICE_CAPABILITIES"], "pledgedOn": "2021-13-01",
         "readiness": {"steps": [{"on": "2021-12-08", "level": "LEVEL_4"}]}, "colour": "blue",
         "units": [{"id": "U-1", "type": "TANK_REGIMENT", "contributor": "RWA", "status": "OFFERED",
                    "personnel": {"women": -1, "men": 1.5}, "vetted": null, "equipment": "AT_STANDARD",
                    "nightFlyingCapable": false}]}
        """;
    List<JsonProblem> problems = problems(Fixtures.registry(Fixtures.PLEDGE, pledge), PledgeRegistryDocument.class);
    assertThat(problems)
        .extracting(JsonProblem::pointer)
        .containsExactlyInAnyOrder(
            "/pledges/1/colour",
            "/pledges/1/arrangement/contributor",
            "/pledges/1/pledgedOn",
            "/pledges/1/units/0/type",
            "/pledges/1/units/0/personnel/women",
            "/pledges/1/units/0/personnel/men",
            "/pledges/1/units/0/vetted",
            "/pledges/1/readiness/steps/0/level");
    assertThat(problems).extracting(JsonProblem::kind).containsOnly(ProblemKind.STRUCTURE);
    assertThat(problems.stream().filter(p -> p.pointer().equals("/pledges/1/readiness/steps/0/level")).findFirst().orElseThrow())
        .satisfies(p -> assertThat(p.message()).isEqualTo("unknown readiness level 'LEVEL_4'"
            + " (expected one of LEVEL_1, LEVEL_2, LEVEL_3, RAPID_DEPLOYMENT)"))
        .satisfies(p -> assertThat(p.location().hasLine()).isTrue());
  }

  @Test
  void reports_core_invariants_once_every_part_is_sound() {
    String pledge = """
        {"id": " ", "arrangement": {"kind": "SINGLE", "contributor": "KOR"}, "pledgedOn": "2021-12-07",
         "equipment": [{"description": "trucks", "quantity": 0}]}
        """;
    assertThat(problems(pledge, Pledge.class))
        .extracting(JsonProblem::pointer, JsonProblem::message)
        .containsExactly(tuple("/equipment/0/quantity", "out of range: must be between 1 and 1000000, was 0"));
    // Once every part is sound, the core's invariant (an id not blank) is reported, at its property.
    assertThat(problems(pledge.replace("\"quantity\": 0", "\"quantity\": 1"), Pledge.class))
        .extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(tuple(ProblemCode.INVALID_VALUE, "/id"));
  }

  // Regression: Jackson's byte parser decoded overlong forms (C0 80 as U+0000) and sequences
  // above U+10FFFF without complaint, so invalid UTF-8 passed silently (found by JsonReaderFuzzTest).
  @ParameterizedTest
  @ValueSource(strings = {"C080", "E08080", "C1BF", "F4908080"})
  void overlong_and_out_of_range_utf8_is_a_syntax_problem_not_decoded_silently(String hex) {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    byte[] start = "{\"description\": \"a".getBytes(StandardCharsets.UTF_8);
    byte[] end = "\", \"declared\": true}".getBytes(StandardCharsets.UTF_8);
    byte[] json = new byte[start.length + bad.length + end.length];
    System.arraycopy(start, 0, json, 0, start.length);
    System.arraycopy(bad, 0, json, start.length, bad.length);
    System.arraycopy(end, 0, json, start.length + bad.length, end.length);

    assertThat(problems(json, Caveat.class)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.SYNTAX);
      // The decoder reads ahead of the parser: the pointer is at or before the bad bytes.
      assertThat("/description").startsWith(p.pointer());
      assertThat(p.message()).contains("not valid UTF-8");
    });
    assertThat(catching(() -> READER.read(new ByteArrayInputStream(json), Caveat.class)).problems())
        .extracting(JsonProblem::kind).containsExactly(ProblemKind.SYNTAX);
  }

  // Regression: two platoons whose counts add up beyond a long made Unit's check throw an
  // ArithmeticException, which escaped the reader (found by JsonReaderFuzzTest). Counts are now
  // bounded where they are built, so each is refused at its own pointer.
  @Test
  void platoon_counts_over_the_bound_are_problems_at_their_pointers() {
    String half = "{\"name\": \"p\", \"personnel\": {\"women\": 4611686018427387904, \"men\": 0}}";
    String json = "{\"id\": \"U-1\", \"type\": \"FORMED_POLICE_UNIT\", \"contributor\": \"GHA\","
        + " \"status\": \"OFFERED\", \"personnel\": {\"women\": 10, \"men\": 10},"
        + " \"platoons\": [" + half + ", " + half + "], \"vetted\": true, \"equipment\": \"AT_STANDARD\","
        + " \"nightFlyingCapable\": false}";

    assertThat(problems(json, Unit.class))
        .extracting(JsonProblem::kind, JsonProblem::pointer, JsonProblem::message)
        .containsExactly(
            tuple(ProblemKind.STRUCTURE, "/platoons/0/personnel/women",
                "out of range: must be between 0 and 1000000000, was 4611686018427387904"),
            tuple(ProblemKind.STRUCTURE, "/platoons/1/personnel/women",
                "out of range: must be between 0 and 1000000000, was 4611686018427387904"));
  }

  // Regression: units whose counts each fit a long but add up beyond one made the rules throw an
  // ArithmeticException out of a validating reader (found by JsonReaderFuzzTest, seed 42). The
  // pledge's units are now bounded together where the pledge is built, so the reader refuses the
  // document at the units before any rule adds them up.
  @Test
  void units_that_together_exceed_the_bound_are_a_problem_at_the_pledge_units() {
    String unit = "{\"id\": \"U-%d\", \"type\": \"FORMED_POLICE_UNIT\", \"contributor\": \"GHA\","
        + " \"status\": \"OFFERED\", \"personnel\": {\"women\": 600000000, \"men\": 0},"
        + " \"vetted\": true, \"equipment\": \"AT_STANDARD\", \"nightFlyingCapable\": false}";
    String pledge = "{\"id\": \"GHA-1\", \"arrangement\": {\"kind\": \"SINGLE\", \"contributor\": \"GHA\"},"
        + " \"pledgedOn\": \"2021-12-07\","
        + " \"readiness\": {\"steps\": [{\"on\": \"2021-12-08\", \"level\": \"LEVEL_1\"}]},"
        + " \"units\": [" + unit.formatted(1) + ", " + unit.formatted(2) + "]}";
    String registry = "{\"schemaVersion\": \"2.0\", \"type\": \"pledge-registry\", \"pledges\": ["
        + pledge + "]}";
    JsonReader validating = JsonReader.builder()
        .context(io.github.peacekeeping.validation.ValidationContext.asOf(java.time.LocalDate.of(2026, 11, 23)))
        .build();
    String expected = "units: must hold at most 1000000000 women and 1000000000 men together,"
        + " was 1200000000 women, 0 men";

    for (JsonReader reader : List.of(READER, validating)) {
      assertThat(catching(() -> reader.read(registry, PledgeRegistryDocument.class)).problems())
          .extracting(JsonProblem::kind, JsonProblem::pointer, JsonProblem::message)
          .containsExactly(tuple(ProblemKind.STRUCTURE, "/pledges/0/units", expected));
    }
  }

  private static InvalidDocumentException catching(Runnable action) {
    try {
      action.run();
    } catch (InvalidDocumentException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidDocumentException");
  }
}
