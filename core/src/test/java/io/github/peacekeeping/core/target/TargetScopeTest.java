package io.github.peacekeeping.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetScopeTest {

  @Test
  void has_system_contributor_and_mission_scopes() {
    assertThat(TargetScope.values())
        .containsExactly(TargetScope.SYSTEM, TargetScope.CONTRIBUTOR, TargetScope.MISSION);
  }
}
