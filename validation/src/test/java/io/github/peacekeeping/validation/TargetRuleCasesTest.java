package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TargetRuleCasesTest {

  @Test
  void every_case_passes_or_breaks_its_rule_as_stated() {
    for (RuleCase c : TargetRuleCases.cases()) {
      ValidationReport report = c.run();
      assertThat(report.findings(c.ruleId())).as(c + ": the target is assessed").isNotEmpty();
      assertThat(c.brokenIn(report)).as(c.toString()).isEqualTo(c.breaks());
    }
  }

  @Test
  void every_target_rule_has_a_passing_and_a_breaking_case() {
    assertThat(TargetRuleCases.cases().stream()
        .collect(Collectors.groupingBy(RuleCase::ruleId,
            Collectors.mapping(RuleCase::breaks, Collectors.toSet()))))
        .hasSize(6)
        .allSatisfy((id, kinds) -> assertThat(kinds).containsExactlyInAnyOrder(true, false));
  }
}
