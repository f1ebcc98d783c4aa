package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks the unit rule cases until the lead's catalogue walk runs them all. */
class UnitRuleCasesTest {

  private static final List<String> UNIT_RULES = List.of(
      Rules.IPI21_CAVEATS_DECLARED, Rules.LDN16_NIO, Rules.LDN16_GENDER_ADVISER_UNIT,
      Rules.LDN16_FPU_WOMEN_PLATOON, Rules.LDN16_MIXED_ENGAGEMENT_TEAM,
      Rules.LDN16_PREDEPLOYMENT_TRAINING, Rules.LDN16_GENDER_SENSITIVE_TRAINING,
      Rules.LDN16_VETTING, Rules.CHOD17_EQUIPMENT_STANDARD, Rules.LDN16_NIGHT_FLYING);

  @Test
  void every_unit_rule_has_a_passing_and_a_breaking_case() {
    for (String rule : UNIT_RULES) {
      assertThat(UnitRuleCases.cases())
          .filteredOn(c -> c.ruleId().equals(rule))
          .extracting(RuleCase::breaks)
          .as(rule)
          .contains(true, false);
    }
  }

  @TestFactory
  Stream<DynamicTest> each_case_passes_or_breaks_its_rule_as_stated() {
    return UnitRuleCases.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(),
        () -> assertThat(c.brokenIn(c.run())).as(c.toString()).isEqualTo(c.breaks())));
  }

  @TestFactory
  Stream<DynamicTest> each_breaking_case_breaks_only_its_own_rule() {
    return UnitRuleCases.cases().stream().filter(RuleCase::breaks).map(c ->
        DynamicTest.dynamicTest(c.toString(), () -> {
          ValidationReport report = c.run();
          assertThat(report.findingsAtOrAbove(Severity.WARNING))
              .extracting(Finding::ruleId)
              .containsOnly(c.ruleId());
        }));
  }
}
