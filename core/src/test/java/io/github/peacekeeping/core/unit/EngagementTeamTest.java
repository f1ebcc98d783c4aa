package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import org.junit.jupiter.api.Test;

class EngagementTeamTest {

  @Test
  void of_keeps_name_and_personnel() {
    EngagementTeam team = EngagementTeam.of("MET 1", PersonnelCount.of(2, 6));

    assertThat(team.name()).isEqualTo("MET 1");
    assertThat(team.personnel()).isEqualTo(PersonnelCount.of(2, 6));
  }

  @Test
  void team_of_men_only_is_constructible_because_mixing_is_policy() {
    assertThat(EngagementTeam.of("MET 2", PersonnelCount.ofMen(8)).personnel().women()).isZero();
  }

  @Test
  void rejects_blank_name() {
    assertThatThrownBy(() -> EngagementTeam.of("", PersonnelCount.ofWomen(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name: must not be blank");
  }

  @Test
  void rejects_zero_personnel() {
    assertThatThrownBy(() -> EngagementTeam.of("MET 3", PersonnelCount.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("personnel: must not be zero, was 0 women, 0 men");
  }

  @Test
  void teams_with_equal_attributes_are_equal() {
    assertThat(EngagementTeam.of("MET", PersonnelCount.of(2, 6)))
        .isEqualTo(EngagementTeam.of("MET", PersonnelCount.of(2, 6)))
        .isNotEqualTo(EngagementTeam.of("MET", PersonnelCount.of(3, 5)));
  }
}
