package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurKindTest {

  @Test
  void a_statement_of_unit_requirements_is_generic_or_mission_specific() {
    assertThat(SurKind.values()).containsExactly(SurKind.GENERIC, SurKind.MISSION_SPECIFIC);
    assertThat(SurKind.valueOf("MISSION_SPECIFIC")).isSameAs(SurKind.MISSION_SPECIFIC);
  }
}
