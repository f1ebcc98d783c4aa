package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissionKindTest {

  @Test
  void has_the_two_kinds_of_un_field_mission() {
    assertThat(MissionKind.values()).containsExactly(
        MissionKind.PEACEKEEPING_OPERATION, MissionKind.SPECIAL_POLITICAL_MISSION);
  }

  @Test
  void catalogue_holds_both_kinds() {
    assertThat(Mission.all()).extracting(Mission::kind).contains(MissionKind.values());
  }
}
