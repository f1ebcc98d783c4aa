package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissionRuleCasesTest {

  @Test
  void every_case_passes_or_breaks_its_rule_as_stated() {
    for (RuleCase c : MissionRuleCases.cases()) {
      assertThat(c.brokenIn(c.run())).as(c.toString()).isEqualTo(c.breaks());
    }
  }

  @Test
  void the_compliant_unmiss_profile_has_no_finding_at_all() {
    assertThat(CommuniqueValidator.create()
        .validate(MissionFixtures.unmiss(), MissionFixtures.CONTEXT).findings()).isEmpty();
  }
}
