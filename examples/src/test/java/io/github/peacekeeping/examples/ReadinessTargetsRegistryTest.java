package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadinessTargetsRegistryTest {

  private static TargetAssessment assessment(String ruleId) {
    Finding finding = ReadinessTargetsRegistry.targets().findings(ruleId).get(0);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    return finding.assessment().orElseThrow();
  }

  @Test
  void level_3_target_counts_the_level_3_and_rapid_deployment_pledges_only() {
    TargetAssessment level3 = assessment(Rules.LDN16_LEVEL3_12000);
    assertThat(level3.actual()).isEqualTo(1_700);
    assertThat(level3.required()).isEqualTo(12_000);
    assertThat(level3.shortfall()).isEqualTo(10_300);
    assertThat(level3.deadline()).contains(LocalDate.of(2016, 12, 31));
  }

  @Test
  void rapid_deployment_target_counts_the_rapid_deployment_pledge_only() {
    TargetAssessment rdl = assessment(Rules.LDN16_RDL_4000);
    assertThat(rdl.actual()).isEqualTo(850);
    assertThat(rdl.required()).isEqualTo(4_000);
    assertThat(rdl.shortfall()).isEqualTo(3_150);
  }

  @Test
  void run_prints_the_table_and_says_the_pledges_are_illustrative() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReadinessTargetsRegistry.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .startsWith("ILLUSTRATIVE registry")
        .contains("LDN16-LEVEL3-12000      1,700   12,000    10,300  2016-12-31")
        .contains("LDN16-RDL-4000            850    4,000     3,150  2016-12-31");
  }

  @Test
  void main_runs() {
    ReadinessTargetsRegistry.main(new String[0]);
  }
}
