package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.serialization.json.JsonReader;
import io.github.peacekeeping.serialization.json.JsonWriter;
import io.github.peacekeeping.serialization.json.PledgeRegistryDocument;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled sample registry is what the library's writer writes for {@link SampleRegistry}. To
 * rewrite it after changing the pledges, run this test with
 * {@code -Dpeacekeeping.sample.regenerate=true}.
 */
class SampleRegistryTest {

  private static final String RESOURCE =
      "src/main/resources/io/github/peacekeeping/cli/data/sample-pledge-registry.json";

  private static final ValidationContext CONTEXT =
      ValidationContext.asOf(LocalDate.of(2026, 11, 23));

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String written() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonWriter.create().writePledgeRegistry(SampleRegistry.pledges(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The writer's output indented, for people who open the sample; the same JSON otherwise. */
  private static String indented(String json) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json)) + "\n";
  }

  @Test
  void bundled_sample_is_what_the_writer_writes() throws IOException {
    if (Boolean.getBoolean("peacekeeping.sample.regenerate")) {
      Files.writeString(Path.of(RESOURCE), indented(written()), StandardCharsets.UTF_8);
    }
    String bundled;
    try (InputStream in = Input.bundled(Input.BUNDLED_REGISTRY).open()) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(JSON.readTree(bundled)).isEqualTo(JSON.readTree(written()));
    assertThat(bundled).isEqualTo(indented(written()));
  }

  @Test
  void bundled_sample_reads_back_to_the_same_pledges() throws IOException {
    try (InputStream in = Input.bundled(Input.BUNDLED_REGISTRY).open()) {
      PledgeRegistryDocument read =
          JsonReader.create().read(in, PledgeRegistryDocument.class).value();

      assertThat(read.pledges()).isEqualTo(SampleRegistry.pledges());
    }
  }

  @Test
  void sample_breaks_only_the_two_warning_rules_it_means_to() {
    var report = CommuniqueValidator.create().validateRegistry(SampleRegistry.pledges(), CONTEXT);

    assertThat(report.findings().stream().filter(f -> f.assessment().isEmpty())
            .filter(f -> f.severity() != Severity.INFO)
            .map(Finding::ruleId))
        .containsExactlyInAnyOrder(Rules.PCRS19_PLEDGE_CURRENCY, Rules.LDN16_FPU_WOMEN_PLATOON);
  }
}
