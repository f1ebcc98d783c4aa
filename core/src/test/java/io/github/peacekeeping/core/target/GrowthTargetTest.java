package io.github.peacekeeping.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.core.source.SourceDocument;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrowthTargetTest {

  private static final Citation CITATION = Citation.of(SourceDocument.UNSCR2242, "Double.");

  private static GrowthTarget.Builder doubling() {
    return GrowthTarget.builder()
        .id("TEST-DOUBLE")
        .factor(2)
        .addCategories(PersonnelCategory.CONTINGENT_TROOPS, PersonnelCategory.FORMED_POLICE_UNITS)
        .deadline(LocalDate.of(2020, 12, 31))
        .citation(CITATION)
        .description("Women in contingents double.");
  }

  @Test
  void builds_with_all_attributes() {
    GrowthTarget target = doubling().build();

    assertThat(target.id()).isEqualTo("TEST-DOUBLE");
    assertThat(target.factor()).isEqualTo(2);
    assertThat(target.categories())
        .containsExactlyInAnyOrder(
            PersonnelCategory.CONTINGENT_TROOPS, PersonnelCategory.FORMED_POLICE_UNITS);
    assertThat(target.deadline()).contains(LocalDate.of(2020, 12, 31));
    assertThat(target.citation()).isEqualTo(CITATION);
  }

  @Test
  void rejects_factor_below_two() {
    assertThatThrownBy(() -> doubling().factor(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factor: must be at least 2, was 1");
    assertThatThrownBy(() -> doubling().factor(-2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factor: must be at least 2, was -2");
  }

  @Test
  void rejects_empty_categories_and_blank_text() {
    assertThatThrownBy(() -> doubling().categories(Set.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("categories: must not be empty");
    assertThatThrownBy(() -> doubling().id("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id: must not be blank");
    assertThatThrownBy(() -> doubling().description("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description: must not be blank");
  }

  @Test
  void required_women_multiplies_the_baseline() {
    assertThat(doubling().build().requiredWomen(1_234)).isEqualTo(2_468);
    assertThat(doubling().factor(3).build().requiredWomen(5)).isEqualTo(15);
    assertThat(doubling().build().requiredWomen(0)).isZero();
  }

  @Test
  void required_women_rejects_a_baseline_over_the_bound_instead_of_overflowing() {
    // Regression: a baseline near Long.MAX_VALUE / 2 made the product overflow (ArithmeticException).
    assertThat(doubling().factor(Integer.MAX_VALUE).build().requiredWomen(Bounds.MAX_PERSONNEL))
        .isEqualTo(2_147_483_647_000_000_000L);
    assertThatThrownBy(() -> doubling().build().requiredWomen(Bounds.MAX_PERSONNEL + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baselineWomen: must be at most 1000000000, was 1000000001");
  }

  @Test
  void required_women_rejects_negative_baseline() {
    assertThatThrownBy(() -> doubling().build().requiredWomen(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baselineWomen: must not be negative, was -1");
  }

  @Test
  void is_met_when_women_reach_the_multiple() {
    GrowthTarget target = doubling().build();

    assertThat(target.isMetBy(100, PersonnelCount.of(200, 5_000))).isTrue();
    assertThat(target.isMetBy(100, PersonnelCount.of(199, 5_000))).isFalse();
  }

  @Test
  void equality_is_by_value() {
    assertThat(doubling().build())
        .isEqualTo(doubling().build())
        .hasSameHashCodeAs(doubling().build())
        .isNotEqualTo(doubling().factor(3).build());
  }

  @Test
  void to_string_gives_id_factor_categories_and_deadline() {
    assertThat(doubling().build())
        .hasToString(
            "TEST-DOUBLE: 2 x women in [CONTINGENT_TROOPS, FORMED_POLICE_UNITS] by 2020-12-31");
  }
}
