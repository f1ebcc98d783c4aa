package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnitTypeTest {

  static List<UnitType> standardTypes() {
    return UnitType.standardTypes();
  }

  @ParameterizedTest
  @MethodSource("standardTypes")
  void parse_reads_back_to_string(UnitType type) {
    assertThat(UnitType.parse(type.toString())).isSameAs(type);
  }

  @Test
  void to_string_is_the_code() {
    assertThat(UnitType.INFANTRY_BATTALION).hasToString("INFANTRY_BATTALION");
  }

  @Test
  void parse_ignores_case_and_surrounding_white_space() {
    assertThat(UnitType.parse(" formed_police_unit ")).isSameAs(UnitType.FORMED_POLICE_UNIT);
  }

  @Test
  void parse_rejects_unknown_code_naming_it() {
    assertThatThrownBy(() -> UnitType.parse("SUBMARINE_SQUADRON"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code: no standard unit type has the code 'SUBMARINE_SQUADRON'");
  }

  @Test
  void parse_rejects_null() {
    assertThatThrownBy(() -> UnitType.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
  }

  @Test
  void standard_types_are_the_twenty_of_the_requirements_with_distinct_codes() {
    assertThat(UnitType.standardTypes())
        .hasSize(20)
        .extracting(UnitType::code)
        .doesNotHaveDuplicates()
        .startsWith("INFANTRY_BATTALION")
        .endsWith("CORRECTIONS_OFFICERS");
  }

  @Test
  void standard_types_cannot_be_modified() {
    assertThatThrownBy(() -> UnitType.standardTypes().add(UnitType.SIGNALS_UNIT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void formed_police_unit_is_a_formed_police_unit_of_nominally_140() {
    assertThat(UnitType.FORMED_POLICE_UNIT.category()).isEqualTo(UnitCategory.POLICE);
    assertThat(UnitType.FORMED_POLICE_UNIT.formed()).isTrue();
    assertThat(UnitType.FORMED_POLICE_UNIT.nominalStrength()).hasValue(140);
  }

  @Test
  void individuals_are_not_formed_units() {
    assertThat(
            List.of(
                UnitType.STAFF_OFFICERS,
                UnitType.MILITARY_OBSERVERS,
                UnitType.INDIVIDUAL_POLICE_OFFICERS,
                UnitType.CORRECTIONS_OFFICERS))
        .noneMatch(UnitType::formed);
    assertThat(UnitType.CORRECTIONS_OFFICERS.category())
        .isEqualTo(UnitCategory.JUSTICE_AND_CORRECTIONS);
    assertThat(UnitType.INDIVIDUAL_POLICE_OFFICERS.category()).isEqualTo(UnitCategory.POLICE);
    assertThat(UnitType.MILITARY_OBSERVERS.category()).isEqualTo(UnitCategory.MILITARY);
  }

  @Test
  void helicopter_units_and_only_they_are_helicopter_units() {
    assertThat(UnitType.standardTypes())
        .filteredOn(UnitType::helicopter)
        .containsExactly(UnitType.UTILITY_HELICOPTER_UNIT, UnitType.ARMED_HELICOPTER_UNIT);
  }

  @Test
  void hospitals_and_only_they_are_medical() {
    assertThat(UnitType.standardTypes())
        .filteredOn(UnitType::medical)
        .containsExactly(
            UnitType.LEVEL_1_HOSPITAL, UnitType.LEVEL_2_HOSPITAL, UnitType.LEVEL_3_HOSPITAL);
  }

  @Test
  void of_builds_an_extension_type_that_is_neither_helicopter_nor_medical() {
    UnitType type =
        UnitType.of(
            "EXPLOSIVE_ORDNANCE_DISPOSAL_COMPANY",
            "Explosive ordnance disposal company",
            UnitCategory.MILITARY,
            true);

    assertThat(type.code()).isEqualTo("EXPLOSIVE_ORDNANCE_DISPOSAL_COMPANY");
    assertThat(type.name()).isEqualTo("Explosive ordnance disposal company");
    assertThat(type.category()).isEqualTo(UnitCategory.MILITARY);
    assertThat(type.formed()).isTrue();
    assertThat(type.helicopter()).isFalse();
    assertThat(type.medical()).isFalse();
    assertThat(type.nominalStrength()).isEmpty();
  }

  @Test
  void parse_does_not_know_extension_types() {
    UnitType.of("MARITIME_TASK_FORCE", "Maritime task force", UnitCategory.MILITARY, true);

    assertThatThrownBy(() -> UnitType.parse("MARITIME_TASK_FORCE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MARITIME_TASK_FORCE");
  }

  @Test
  void types_with_equal_attributes_are_equal() {
    assertThat(UnitType.of("SIGNALS_UNIT", "Signals unit", UnitCategory.MILITARY, true))
        .isEqualTo(UnitType.SIGNALS_UNIT)
        .hasSameHashCodeAs(UnitType.SIGNALS_UNIT);
    assertThat(UnitType.of("SIGNALS_UNIT", "Signals unit", UnitCategory.MILITARY, false))
        .isNotEqualTo(UnitType.SIGNALS_UNIT);
  }

  @Test
  void rejects_code_not_in_upper_snake_case() {
    assertThatThrownBy(
            () -> UnitType.of("Infantry battalion", "Infantry", UnitCategory.MILITARY, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code: must be in upper snake case")
        .hasMessageContaining("'Infantry battalion'");
  }

  @Test
  void rejects_code_with_doubled_underscore() {
    assertThatThrownBy(() -> UnitType.of("A__B", "A B", UnitCategory.MILITARY, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code: must be in upper snake case");
  }

  @Test
  void rejects_blank_name() {
    assertThatThrownBy(() -> UnitType.of("DRONE_UNIT", " ", UnitCategory.MILITARY, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name: must not be blank");
  }

  @Test
  void rejects_nominal_strength_of_zero() {
    UnitType.Builder builder =
        UnitType.builder()
            .code("DRONE_UNIT")
            .name("Drone unit")
            .category(UnitCategory.MILITARY)
            .formed(true)
            .nominalStrength(0);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nominalStrength: must be more than zero, was 0");
  }

  @Test
  void builder_requires_the_code() {
    UnitType.Builder builder =
        UnitType.builder().name("Drone unit").category(UnitCategory.MILITARY).formed(true);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("code");
  }
}
