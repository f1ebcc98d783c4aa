package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
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
    assertThat(findings).extracting(Finding::path)
        .containsExactlyInAnyOrder("readiness.rapidDeploymentDays", "readiness.surReference");
  }

  @Test
  void run_prints_both_pledges_and_the_citations() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PledgeAgainstLondon2016.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("EXAMPLE-ENG-1)\n  no findings")
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
