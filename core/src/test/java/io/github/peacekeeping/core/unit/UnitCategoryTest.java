package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitCategoryTest {

  @Test
  void has_military_police_and_justice_and_corrections() {
    assertThat(UnitCategory.values())
        .containsExactly(
            UnitCategory.MILITARY, UnitCategory.POLICE, UnitCategory.JUSTICE_AND_CORRECTIONS);
  }
}
