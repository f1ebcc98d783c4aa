package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.FindingPath;
import io.github.peacekeeping.validation.RegistryAssessment;
import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReaderStreamTest {

  private static final ValidationContext CONTEXT =
      ValidationContext.asOf(LocalDate.of(2024, 11, 30));
  private static final List<Pledge> PLEDGES = WriterFixtures.richRegistry();
  private static final JsonWriter WRITER = JsonWriter.create();

  private final List<Pledge> delivered = new ArrayList<>();
  private final List<Validated<Pledge>> validated = new ArrayList<>();
  private final List<JsonProblem> problems = new ArrayList<>();

  private static InputStream utf8(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String json(Pledge pledge) {
    return WRITER.write(pledge);
  }

  /** valid, unknown property, valid, unknown code, valid, broken invariant. */
  private static String mixedElements() {
    return String.join(",",
        json(PLEDGES.get(0)),
        json(PLEDGES.get(1)).replaceFirst("\\{", "{\"colour\":\"blue\","),
        json(PLEDGES.get(2)),
        json(PLEDGES.get(3)).replace("TRAINING_AND_CAPACITY_BUILDING", "KNITTING"),
        json(PLEDGES.get(4)),
        "{\"id\":\"P-9\",\"arrangement\":{\"kind\":\"SINGLE\",\"contributor\":\"KOR\"},"
            + "\"pledgedOn\":\"2021-12-07\",\"units\":[{\"id\":\"U\","
            + "\"type\":\"FORMED_POLICE_UNIT\",\"contributor\":\"KOR\",\"status\":\"OFFERED\","
            + "\"personnel\":{\"women\":-3,\"men\":1},"
            + "\"vetted\":true,\"equipment\":\"AT_STANDARD\",\"nightFlyingCapable\":false}]}");
  }

  private StreamSummary stream(JsonReader reader, String json) {
    return reader.stream(utf8(json), Pledge.class, v -> {
      validated.add(v);
      delivered.add(v.value());
    }, problems::add);
  }

  @Test
  void a_mixed_array_delivers_every_valid_element_and_locates_every_invalid_one() {
    StreamSummary summary = stream(JsonReader.create(), "[" + mixedElements() + "]");

    assertThat(delivered).containsExactly(PLEDGES.get(0), PLEDGES.get(2), PLEDGES.get(4));
    assertThat(problems).extracting(JsonProblem::pointer)
        .containsExactly("/1/colour", "/3/categories/0", "/5/units/0/personnel/women");
    assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ProblemKind.STRUCTURE));
    assertThat(summary.valid()).isEqualTo(3);
    assertThat(summary.invalid()).isEqualTo(3);
    assertThat(summary.problems()).isEqualTo(3);
    assertThat(summary.complete()).isTrue();
    assertThat(summary.registryFindings().findings()).isEmpty();
  }

  @Test
  void a_pledge_registry_document_is_streamed_with_pointers_into_its_pledges() {
    String json = "{\"schemaVersion\":\"2.0\",\"type\":\"pledge-registry\",\"pledges\":["
        + mixedElements() + "]}";

    StreamSummary summary = stream(JsonReader.create(), json);

    assertThat(delivered).hasSize(3);
    assertThat(problems).extracting(JsonProblem::pointer).containsExactly(
        "/pledges/1/colour", "/pledges/3/categories/0", "/pledges/5/units/0/personnel/women");
    assertThat(summary.complete()).isTrue();
  }

  @Test
  void a_syntax_error_ends_the_stream_after_delivering_everything_before_it() {
    String json = "{\"schemaVersion\":\"2.0\",\"type\":\"pledge-registry\",\"pledges\":["
        + json(PLEDGES.get(0)) + ",\n" + json(PLEDGES.get(1)) + ",\n{\"id\": \"P-3\" \"x\"}, "
        + json(PLEDGES.get(2)) + "]}";

    StreamSummary summary = stream(JsonReader.create(), json);

    assertThat(delivered).containsExactly(PLEDGES.get(0), PLEDGES.get(1));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.SYNTAX);
      assertThat(p.pointer()).startsWith("/pledges/2");
      assertThat(p.location().line()).isEqualTo(3);
    });
    assertThat(summary.complete()).isFalse();
    assertThat(summary.valid()).isEqualTo(2);
  }

  @Test
  void truncated_input_is_a_syntax_problem() {
    StreamSummary summary = stream(JsonReader.create(), "[" + json(PLEDGES.get(0)) + ",");

    assertThat(delivered).hasSize(1);
    assertThat(problems).singleElement()
        .extracting(JsonProblem::kind).isEqualTo(ProblemKind.SYNTAX);
    assertThat(summary.complete()).isFalse();
  }

  @Test
  void refuses_an_envelope_of_an_unknown_major_version_before_reading_any_pledge() {
    String json = "{\"schemaVersion\":\"3.0\",\"type\":\"pledge-registry\",\"pledges\":["
        + json(PLEDGES.get(0)) + "]}";

    StreamSummary summary = stream(JsonReader.create(), json);

    assertThat(delivered).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/schemaVersion");
      assertThat(p.message()).contains("unsupported schema version");
    });
    assertThat(summary.complete()).isFalse();
  }

  @Test
  void requires_the_version_and_type_before_the_pledges() {
    stream(JsonReader.create(),
        "{\"pledges\":[],\"schemaVersion\":\"2.0\",\"type\":\"pledge-registry\"}");

    assertThat(problems).extracting(JsonProblem::message)
        .anySatisfy(m -> assertThat(m).contains("before its pledges"));
  }

  @Test
  void reports_unknown_envelope_properties_and_trailing_content() {
    stream(JsonReader.create(), "{\"schemaVersion\":\"2.0\",\"type\":\"pledge-registry\","
        + "\"comment\":{\"a\":[1]},\"pledges\":[" + json(PLEDGES.get(0)) + "],\"x\":1} []");

    assertThat(delivered).hasSize(1);
    assertThat(problems).extracting(JsonProblem::pointer).containsExactly("/comment", "/x", "");
    assertThat(problems.get(2).kind()).isEqualTo(ProblemKind.SYNTAX);
  }

  // Regression: an unknown envelope property nested deeper than the mapper allows made
  // skipChildren() throw Jackson's StreamConstraintsException out of stream(...) (found by
  // JsonReaderFuzzTest's streams with a context).
  @Test
  void an_unknown_envelope_property_nested_too_deep_stops_the_stream_with_a_syntax_problem() {
    String deep = "[".repeat(100) + "]".repeat(100);
    JsonReader reader = JsonReader.builder().context(CONTEXT).rejectAt(Severity.WARNING).build();

    StreamSummary summary = stream(reader, "{\"schemaVersion\":\"2.0\",\"type\":\"pledge-registry\","
        + "\"comment\":" + deep + ",\"pledges\":[" + json(PLEDGES.get(0)) + "]}");

    assertThat(summary.complete()).isFalse();
    assertThat(delivered).isEmpty();
    assertThat(problems).extracting(JsonProblem::kind)
        .containsExactly(ProblemKind.STRUCTURE, ProblemKind.SYNTAX);
    assertThat(problems.get(1).code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
    assertThat(problems.get(1).message()).contains("nesting deeper than 64");
  }

  @Test
  void with_a_context_assesses_the_registry_targets_as_validate_registry_does() {
    JsonReader reader = JsonReader.builder().context(CONTEXT).build();

    StreamSummary summary = stream(reader, "[" + mixedElements() + "]");

    List<Pledge> valid = List.of(PLEDGES.get(0), PLEDGES.get(2), PLEDGES.get(4));
    RegistryAssessment expected = CommuniqueValidator.create().registryAssessment(CONTEXT);
    valid.forEach(expected::accept);
    assertThat(summary.registryFindings()).isEqualTo(expected.finish());
    assertThat(summary.registryFindings().findings(Rules.LDN16_LEVEL3_12000))
        .extracting(f -> f.assessment().orElseThrow().stage())
        .containsExactly(AssessmentStage.AT_DEADLINE, AssessmentStage.SINCE_DEADLINE);
    // Findings of one element have paths within it, as when it is read alone.
    Validated<Pledge> alone = reader.read(json(PLEDGES.get(0)), Pledge.class);
    assertThat(validated.get(0)).isEqualTo(alone);
  }

  @Test
  void with_a_threshold_reports_rule_findings_and_does_not_count_the_pledge() {
    Pledge withoutNio = Pledge.builder()
        .id("P-7")
        .contributor(WriterFixtures.GBR)
        .addCategories(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .pledgedOn(LocalDate.of(2021, 12, 7))
        .addUnits(WriterFixtures.battalionWithoutNio())
        .build();
    JsonReader reader = JsonReader.builder().context(CONTEXT).rejectAt(Severity.ERROR).build();

    StreamSummary summary =
        stream(reader, "[" + json(PLEDGES.get(0)) + "," + json(withoutNio) + "]");

    assertThat(delivered).containsExactly(PLEDGES.get(0));
    assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ProblemKind.RULE));
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.pointer()).isEqualTo("/1/units/0/roles");
      assertThat(p.finding()).get().extracting(Finding::ruleId).isEqualTo(Rules.LDN16_NIO);
    });
    assertThat(summary.invalid()).isEqualTo(1);
  }

  @Test
  void with_a_context_delivers_a_pledge_made_after_its_date_with_a_notice_and_does_not_count_it() {
    JsonReader reader = JsonReader.builder().context(CONTEXT).rejectAt(Severity.INFO).build();
    Pledge later = Pledge.builder().from(PLEDGES.get(1)).id("P-8")
        .pledgedOn(CONTEXT.asOf().plusDays(1)).build();

    StreamSummary summary = stream(reader, "[" + json(later) + "]");

    assertThat(delivered).containsExactly(later);
    assertThat(validated.get(0).findings().findings()).isEmpty();
    assertThat(validated.get(0).findings().notices()).singleElement()
        .satisfies(n -> assertThat(n.path()).isEqualTo(FindingPath.root()));
    assertThat(summary.registryFindings()).isEqualTo(
        CommuniqueValidator.create().registryAssessment(CONTEXT).finish());
  }

  @Test
  void streams_any_element_type_from_a_bare_array() {
    List<PersonnelCount> counts = new ArrayList<>();
    StreamSummary summary = JsonReader.create().stream(
        utf8("[{\"women\":1,\"men\":2},null,{\"women\":3,\"men\":4}]"), PersonnelCount.class,
        v -> counts.add(v.value()), problems::add);

    assertThat(counts).containsExactly(PersonnelCount.of(1, 2), PersonnelCount.of(3, 4));
    assertThat(problems).singleElement().extracting(JsonProblem::pointer).isEqualTo("/1");
    assertThat(summary.invalid()).isEqualTo(1);
  }

  @Test
  void refuses_a_document_that_is_not_an_array_and_a_byte_order_mark() {
    StreamSummary summary = JsonReader.create().stream(
        utf8("{}"), PersonnelCount.class, v -> { }, problems::add);
    stream(JsonReader.create(), "\uFEFF[]");

    assertThat(summary.complete()).isFalse();
    assertThat(problems).extracting(JsonProblem::kind)
        .containsExactly(ProblemKind.STRUCTURE, ProblemKind.SYNTAX);
  }

  @Test
  void refuses_a_document_type_as_element_type() {
    assertThatThrownBy(() -> JsonReader.create().stream(utf8("[]"), PledgeRegistryDocument.class,
            v -> { }, p -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("elementType");
  }
}
