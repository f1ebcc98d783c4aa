package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PledgeCategoryTest {

  @Test
  void has_the_six_seoul_2021_categories_in_the_order_of_the_requirements() {
    assertThat(PledgeCategory.values())
        .containsExactly(
            PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES,
            PledgeCategory.TRAINING_AND_CAPACITY_BUILDING,
            PledgeCategory.MEDICAL,
            PledgeCategory.TECHNOLOGY,
            PledgeCategory.WOMEN_IN_PEACEKEEPING,
            PledgeCategory.ENVIRONMENTAL_FOOTPRINT);
  }
}
