package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peacekeeping.serialization.json.InvalidDocumentException;
import io.github.peacekeeping.serialization.json.JsonProblem;
import io.github.peacekeeping.serialization.json.PledgeRegistryDocument;
import io.github.peacekeeping.validation.Severity;
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
  void reading_back_gives_equal_pledges_with_warnings_only() {
    var read = JsonExchangeRoundTrip.reader().read(JSON, PledgeRegistryDocument.class);
    assertThat(read.value().pledges()).isEqualTo(JsonExchangeRoundTrip.registry());
    assertThat(read.findings().highestSeverity()).contains(Severity.WARNING);
  }

  @Test
  void the_corrupted_document_is_refused_with_both_problems_located() {
    byte[] corrupted = JsonExchangeRoundTrip.corrupt(JSON);
    assertThat(JsonExchangeRoundTrip.schemaErrors(corrupted)).isNotEmpty();
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> JsonExchangeRoundTrip.reader().read(corrupted, PledgeRegistryDocument.class));
    assertThat(e.problems()).extracting(JsonProblem::pointer).containsExactlyInAnyOrder(
        "/pledges/0/readiness/level", "/pledges/0/units/0/personnel/men");
    assertThat(e.problems()).extracting(JsonProblem::message).anySatisfy(
        m -> assertThat(m).contains("LEVEL_4")).anySatisfy(
        m -> assertThat(m).contains("must not be negative"));
  }

  @Test
  void run_prints_the_round_trip_and_the_pointers() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonExchangeRoundTrip.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Against JsonSchemas.pledgeRegistry(): valid")
        .contains("equal to the pledges written: true")
        .contains("InvalidDocumentException with 2 problems")
        .contains("at /pledges/0/readiness/level")
        .contains("at /pledges/0/units/0/personnel/men");
  }

  @Test
  void main_runs() {
    JsonExchangeRoundTrip.main(new String[0]);
  }
}
