package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitRoleTest {

  @Test
  void has_the_roles_the_london_communique_asks_units_to_include() {
    assertThat(UnitRole.values())
        .containsExactly(UnitRole.NATIONAL_INVESTIGATION_OFFICER, UnitRole.GENDER_ADVISER);
  }
}
