package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EquipmentStatusTest {

  @Test
  void distinguishes_sub_standard_from_not_deployed_as_chod17_does() {
    assertThat(EquipmentStatus.values())
        .containsExactly(
            EquipmentStatus.AT_STANDARD,
            EquipmentStatus.SUB_STANDARD,
            EquipmentStatus.NOT_DEPLOYED);
  }
}
