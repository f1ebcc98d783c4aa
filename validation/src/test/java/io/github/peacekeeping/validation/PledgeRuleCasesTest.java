package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PledgeRuleCasesTest {

  private static final Set<String> OWNED = Set.of(
      Rules.LDN16_PCRS_REGISTERED, Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, Rules.PCRS19_RDL_WINDOW,
      Rules.PCRS19_LEVEL_EVIDENCE, Rules.PCRS19_PLEDGE_CURRENCY, Rules.LDN16_CAPABILITY_GAP,
      Rules.IPI21_ARRANGEMENT_PARTIES, Rules.SEO21_PLEDGE_CATEGORY);

  @Test
  void every_case_passes_or_breaks_its_rule_as_it_says() {
    assertThat(PledgeRuleCases.cases()).allSatisfy(c ->
        assertThat(c.brokenIn(c.run())).as(c.toString()).isEqualTo(c.breaks()));
  }

  @Test
  void every_owned_rule_has_a_passing_and_a_breaking_case() {
    List<RuleCase> cases = PledgeRuleCases.cases();
    assertThat(cases.stream().filter(RuleCase::breaks).map(RuleCase::ruleId)
        .collect(Collectors.toSet())).isEqualTo(OWNED);
    assertThat(cases.stream().filter(c -> !c.breaks()).map(RuleCase::ruleId)
        .collect(Collectors.toSet())).isEqualTo(OWNED);
  }

  @Test
  void rapid_deployment_pledge_at_120_days_breaks_both_window_rules() {
    ValidationReport report = CommuniqueValidator.create()
        .validate(PledgeFixtures.rapidDeploymentPledge(120), Fixtures.CONTEXT);
    assertThat(report.ruleIds(Severity.ERROR))
        .containsExactlyInAnyOrder(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, Rules.PCRS19_RDL_WINDOW);
  }

  @Test
  void compliant_pledge_fixtures_have_no_findings() {
    CommuniqueValidator validator = CommuniqueValidator.create();
    assertThat(validator.validate(Fixtures.levelThreePledge(), Fixtures.CONTEXT).findings())
        .isEmpty();
    assertThat(validator.validate(Fixtures.rapidDeploymentPledge(), Fixtures.CONTEXT).findings())
        .isEmpty();
    assertThat(validator.validate(PledgeFixtures.norwegianSerbianHospital(), Fixtures.CONTEXT)
        .findings()).isEmpty();
  }
}
