package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import org.junit.jupiter.api.Test;

class PlatoonTest {

  @Test
  void of_keeps_name_and_personnel() {
    Platoon platoon = Platoon.of("1st platoon", PersonnelCount.of(3, 30));

    assertThat(platoon.name()).isEqualTo("1st platoon");
    assertThat(platoon.personnel()).isEqualTo(PersonnelCount.of(3, 30));
  }

  @Test
  void platoon_of_women_only_is_all_women() {
    assertThat(Platoon.of("women platoon", PersonnelCount.ofWomen(35)).isAllWomen()).isTrue();
  }

  @Test
  void mixed_platoon_is_not_all_women() {
    assertThat(Platoon.of("mixed", PersonnelCount.of(34, 1)).isAllWomen()).isFalse();
  }

  @Test
  void platoon_of_men_only_is_not_all_women() {
    assertThat(Platoon.of("men", PersonnelCount.ofMen(35)).isAllWomen()).isFalse();
  }

  @Test
  void rejects_blank_name() {
    assertThatThrownBy(() -> Platoon.of("  ", PersonnelCount.ofWomen(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name: must not be blank");
  }

  @Test
  void rejects_zero_personnel() {
    assertThatThrownBy(() -> Platoon.of("empty", PersonnelCount.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("personnel: must not be zero, was 0 women, 0 men");
  }

  @Test
  void rejects_null_name() {
    assertThatThrownBy(() -> Platoon.of(null, PersonnelCount.ofWomen(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  void platoons_with_equal_attributes_are_equal() {
    assertThat(Platoon.of("A", PersonnelCount.of(1, 2)))
        .isEqualTo(Platoon.of("A", PersonnelCount.of(1, 2)))
        .hasSameHashCodeAs(Platoon.of("A", PersonnelCount.of(1, 2)))
        .isNotEqualTo(Platoon.of("B", PersonnelCount.of(1, 2)));
  }
}
