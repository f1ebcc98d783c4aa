package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.ValidationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PledgeAgainstLondon2016Test {

  @Test
  void the_clean_pledge_has_no_finding() {
    assertThat(PledgeAgainstLondon2016.validate(PledgeAgainstLondon2016.cleanPledge()).findings())
        .isEmpty();
  }

  @Test
  void the_broken_pledge_breaks_the_window_and_the_level_evidence_with_citations() {
    var findings =
        PledgeAgainstLondon2016.validate(PledgeAgainstLondon2016.brokenPledge()).findings();
    assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrder(
        Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, Rules.PCRS19_LEVEL_EVIDENCE);
    assertThat(findings).extracting(f -> f.citation().document())
        .containsExactlyInAnyOrder(SourceDocument.LDN16, SourceDocument.PCRS19);
    assertThat(findings).extracting(f -> f.path().toString())
        .containsExactlyInAnyOrder("readiness.steps[2].rapidDeployment.days",
            "readiness.steps[2].sur");
  }

  @Test
  void the_rules_read_the_step_in_force_on_the_evaluation_date() {
    Pledge clean = PledgeAgainstLondon2016.cleanPledge();
    assertThat(clean.readiness().orElseThrow().levelOn(PledgeAgainstLondon2016.AS_OF))
        .contains(ReadinessLevel.LEVEL_3);
    // Evaluated before the Level 3 step, the broken pledge is at Level 2 with its visit: clean.
    ValidationContext before = ValidationContext.builder().from(PledgeAgainstLondon2016.context())
        .asOf(PledgeAgainstLondon2016.LEVEL_3_ON.minusDays(1)).build();
    assertThat(CommuniqueValidator.create()
        .validate(PledgeAgainstLondon2016.brokenPledge(), before).findings()).isEmpty();
  }

  @Test
  void run_prints_both_pledges_and_the_citations() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PledgeAgainstLondon2016.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("EXAMPLE-ENG-1)\n  readiness history: [2016-09-30 LEVEL_1, 2016-11-15 LEVEL_2,"
            + " 2016-12-01 LEVEL_3]; in force on 2016-12-31: 2016-12-01 LEVEL_3\n  no findings")
        .contains("within 45 days")
        .contains("cites LDN16: ")
        .contains("cites PCRS19: ")
        .contains("30, 60 or 90 days");
  }

  @Test
  void main_runs() {
    PledgeAgainstLondon2016.main(new String[0]);
  }
}
