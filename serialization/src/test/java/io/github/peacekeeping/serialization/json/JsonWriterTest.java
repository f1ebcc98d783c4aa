package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonWriterTest {

  private static final ValidationContext CONTEXT =
      ValidationContext.asOf(LocalDate.of(2024, 11, 30));
  private static final JsonWriter WRITER = JsonWriter.builder().context(CONTEXT).build();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Test
  void rejects_a_deployed_battalion_without_national_investigation_officer() {
    Unit unit = WriterFixtures.battalionWithoutNio();

    assertThatThrownBy(() -> WRITER.write(unit))
        .isInstanceOf(RejectedValueException.class)
        .hasMessageContaining(Rules.LDN16_NIO)
        .satisfies(
            e -> {
              RejectedValueException rejected = (RejectedValueException) e;
              assertThat(rejected.report().findings(Rules.LDN16_NIO)).hasSize(1);
              assertThat(rejected.threshold()).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void writes_nothing_to_the_stream_when_it_rejects() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> WRITER.write(WriterFixtures.battalionWithoutNio(), out))
        .isInstanceOf(RejectedValueException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void rejects_a_pledge_or_a_list_holding_the_unit() {
    Pledge pledge =
        Pledge.builder()
            .id("P-1")
            .contributor(WriterFixtures.GBR)
            .addCategories(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
            .pledgedOn(LocalDate.of(2021, 12, 7))
            .addUnits(WriterFixtures.battalionWithoutNio())
            .build();

    assertThatThrownBy(() -> WRITER.write(pledge))
        .isInstanceOf(RejectedValueException.class)
        .hasMessageContaining(Rules.LDN16_NIO);
    assertThatThrownBy(() -> WRITER.write(List.of(WriterFixtures.battalionWithoutNio())))
        .isInstanceOf(RejectedValueException.class)
        .hasMessageContaining(Rules.LDN16_NIO);
    assertThatThrownBy(
            () -> WRITER.writePledgeRegistry(List.of(pledge), new ByteArrayOutputStream()))
        .isInstanceOf(RejectedValueException.class)
        .hasMessageContaining(Rules.LDN16_NIO);
  }

  @Test
  void writes_the_battalion_with_a_national_investigation_officer() {
    JsonNode json = PLAIN.readTree(WRITER.write(WriterFixtures.battalionWithNio()));

    assertThat(json.get("roles").get("NATIONAL_INVESTIGATION_OFFICER").get("men").asLong())
        .isEqualTo(1);
  }

  @Test
  void create_runs_no_rule_without_a_context() {
    // The library never reads the system clock: rules need a caller-supplied evaluation date.
    JsonWriter plain = JsonWriter.create();

    assertThat(plain.context()).isEmpty();
    assertThat(plain.rejectAt()).isEqualTo(Severity.ERROR);
    JsonNode written = PLAIN.readTree(plain.write(WriterFixtures.battalionWithoutNio()));
    assertThat(written.get("id").asString()).isEqualTo("INF-1");
  }

  @Test
  void a_context_makes_the_default_writer_reject_at_error() {
    assertThat(WRITER.rejectAt()).isEqualTo(Severity.ERROR);
    assertThatThrownBy(() -> WRITER.write(WriterFixtures.battalionWithoutNio()))
        .isInstanceOf(RejectedValueException.class);
  }

  @Test
  void rejects_at_the_configured_threshold_and_keeps_the_whole_report() {
    Unit unit = WriterFixtures.battalionWithoutNio();
    ValidationReport report = CommuniqueValidator.create().validate(unit, CONTEXT);
    JsonWriter strict = JsonWriter.builder().context(CONTEXT).rejectAt(Severity.INFO).build();

    assertThatThrownBy(() -> strict.write(unit))
        .isInstanceOf(RejectedValueException.class)
        .satisfies(
            e -> {
              assertThat(((RejectedValueException) e).report()).isEqualTo(report);
              assertThat(((RejectedValueException) e).threshold()).isEqualTo(Severity.INFO);
            });
    assertThat(strict.rejectAt()).isEqualTo(Severity.INFO);
    assertThat(strict.context()).contains(CONTEXT);
  }

  @Test
  void writes_values_without_rules_as_they_are() {
    assertThat(WRITER.write(PersonnelCount.of(18, 122))).isEqualTo("{\"women\":18,\"men\":122}");
    assertThat(WRITER.write(WriterFixtures.UNMISS)).isEqualTo("\"UNMISS\"");
  }

  @Test
  void rejects_a_value_that_is_not_a_core_value() {
    assertThatThrownBy(() -> WRITER.write(new StringBuilder("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value: must be a peacekeeping core value")
        .hasMessageContaining("java.lang.StringBuilder");
    assertThatThrownBy(() -> WRITER.write(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  @Test
  void does_not_reject_a_registry_for_its_readiness_targets() {
    // The registry-wide LDN16-LEVEL3-12000 and LDN16-RDL-4000 targets measure progress, not a
    // defect of the document: an empty registry is far from them and is still written.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writePledgeRegistry(List.of(), out);

    assertThat(PLAIN.readTree(out.toString(StandardCharsets.UTF_8)).get("pledges")).isEmpty();
  }

  @Test
  void writes_a_pledge_registry_envelope_in_utf8_without_bom() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writePledgeRegistry(WriterFixtures.richRegistry(), out);

    byte[] bytes = out.toByteArray();
    assertThat(bytes[0]).isEqualTo((byte) '{');
    JsonNode json = PLAIN.readTree(new String(bytes, StandardCharsets.UTF_8));
    assertThat(json.propertyNames()).containsExactly("schemaVersion", "type", "pledges");
    assertThat(json.get("schemaVersion").asString()).isEqualTo("2.0");
    assertThat(json.get("type").asString()).isEqualTo("pledge-registry");
    assertThat(json.get("pledges")).hasSize(5);
  }

  @Test
  void writes_a_deployment_snapshot_envelope_of_real_rows() {
    DeploymentSnapshot snapshot = WriterFixtures.unmissFebruary2014();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeDeploymentSnapshot(snapshot, out);

    JsonNode json = PLAIN.readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.propertyNames())
        .containsExactly("schemaVersion", "type", "date", "records");
    assertThat(json.get("type").asString()).isEqualTo("deployment-snapshot");
    assertThat(json.get("date").asString()).isEqualTo("2014-02-28");
    assertThat(json.get("records")).hasSize(snapshot.records().size()).isNotEmpty();
    assertThat(json.get("records").get(0).get("mission").asString()).isEqualTo("UNMISS");
  }

  @Test
  void leaves_the_stream_open() {
    boolean[] closed = {false};
    OutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    WRITER.write(PersonnelCount.of(1, 1), out);

    assertThat(closed[0]).isFalse();
    assertThat(out.toString()).isEqualTo("{\"women\":1,\"men\":1}");
  }

  @Test
  void turns_a_failing_stream_into_an_unchecked_io_exception() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> WRITER.write(PersonnelCount.of(1, 1), failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  // Regression (SchemaAgreementTest): LocalDate writes a year past 9999 as "+10000-01-01", which
  // neither the schema nor the reader accepts; the writer wrote it.
  @Test
  void refuses_a_date_whose_year_the_format_cannot_write() {
    Pledge far = Pledge.builder().from(WriterFixtures.richRegistry().get(0))
        .pledgedOn(LocalDate.of(10000, 1, 1)).reconfirmations(List.of())
        .readiness(java.util.Optional.empty()).build();
    assertThatThrownBy(() -> JsonWriter.create().write(far))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date: must have a year from 0000 to 9999 to be written (RFC 3339"
            + " full-date), was +10000-01-01");
  }
}
