package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peacekeeping.serialization.json.InvalidDocumentException;
import io.github.peacekeeping.serialization.json.JsonProblem;
import io.github.peacekeeping.serialization.json.PledgeRegistryDocument;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonExchangeRoundTripTest {

  private static final byte[] JSON = JsonExchangeRoundTrip.write(JsonExchangeRoundTrip.registry());

  @Test
  void the_written_registry_follows_the_shipped_schema() {
    assertThat(JsonExchangeRoundTrip.schemaErrors(JSON)).isEmpty();
  }

  @Test
  void reading_back_gives_equal_pledges_histories_included() {
    var read = JsonExchangeRoundTrip.reader().read(JSON, PledgeRegistryDocument.class);
    assertThat(read.value().pledges()).isEqualTo(JsonExchangeRoundTrip.registry());
  }

  @Test
  void the_registry_read_back_met_the_readiness_targets_by_their_deadline() {
    // As of 2016-12-31: 150 + 9,350 + 13,600 at Level 3 or above; 3,400 + 4,250 at the RDL.
    var findings = JsonExchangeRoundTrip.reader().read(JSON, PledgeRegistryDocument.class)
        .findings();
    assertThat(findings.findingsAtOrAbove(Severity.WARNING)).isEmpty();
    assertThat(findings.findings(Rules.LDN16_LEVEL3_12000)).singleElement().satisfies(f -> {
      TargetAssessment a = f.assessment().orElseThrow();
      assertThat(a.stage()).isEqualTo(AssessmentStage.AT_DEADLINE);
      assertThat(a.actual()).isEqualTo(23_100);
      assertThat(a.met()).isTrue();
    });
    assertThat(findings.findings(Rules.LDN16_RDL_4000)).singleElement()
        .satisfies(f -> assertThat(f.assessment().orElseThrow().actual()).isEqualTo(7_650));
  }

  @Test
  void the_corrupted_document_is_refused_with_both_problems_located() {
    byte[] corrupted = JsonExchangeRoundTrip.corrupt(JSON);
    assertThat(JsonExchangeRoundTrip.schemaErrors(corrupted)).isNotEmpty();
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> JsonExchangeRoundTrip.reader().read(corrupted, PledgeRegistryDocument.class));
    // The level is the first LEVEL_3 of the first pledge's readiness, wherever its history puts it.
    assertThat(e.problems()).extracting(JsonProblem::pointer).hasSize(2)
        .contains("/pledges/0/units/0/personnel/men")
        .anySatisfy(p -> assertThat(p).startsWith("/pledges/0/readiness/").endsWith("/level"));
    assertThat(e.problems()).extracting(JsonProblem::code)
        .containsExactlyInAnyOrder(ProblemCode.OUT_OF_RANGE, ProblemCode.UNKNOWN_CODE);
    assertThat(e.problems()).extracting(JsonProblem::message).anySatisfy(
        m -> assertThat(m).contains("LEVEL_4")).anySatisfy(
        m -> assertThat(m).startsWith("out of range").contains("was -"));
  }

  @Test
  void run_prints_the_round_trip_and_the_pointers() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonExchangeRoundTrip.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Against JsonSchemas.pledgeRegistry(): valid")
        .contains("equal to the pledges written: true")
        .contains("InvalidDocumentException with 2 problems")
        .containsPattern("at /pledges/0/readiness/\\S*level")
        .contains("at /pledges/0/units/0/personnel/men");
  }

  @Test
  void main_runs() {
    JsonExchangeRoundTrip.main(new String[0]);
  }
}
