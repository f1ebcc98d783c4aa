package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
import org.junit.jupiter.api.Test;

class UnitAgainstLondon2016Test {

  @Test
  void the_readme_unit_lacks_a_women_platoon_a_gender_adviser_training_and_vetting() {
    assertThat(UnitAgainstLondon2016.validate().findings()).extracting(Finding::ruleId)
        .containsExactlyInAnyOrder(
            Rules.LDN16_GENDER_ADVISER_UNIT,
            Rules.LDN16_FPU_WOMEN_PLATOON,
            Rules.LDN16_PREDEPLOYMENT_TRAINING,
            Rules.LDN16_VETTING);
  }
}
