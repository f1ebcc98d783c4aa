package io.github.peacekeeping.core.mission;

import static io.github.peacekeeping.core.personnel.PersonnelCategory.CONTINGENT_TROOPS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.FORMED_POLICE_UNITS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.INDIVIDUAL_POLICE;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.JUSTICE_AND_CORRECTIONS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.MILITARY_OBSERVERS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.STAFF_OFFICERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorisedCeilingTest {

  @Test
  void of_keeps_maximum_and_categories() {
    AuthorisedCeiling ceiling = AuthorisedCeiling.of(2_101, Set.of(INDIVIDUAL_POLICE,
        FORMED_POLICE_UNITS, JUSTICE_AND_CORRECTIONS));

    assertThat(ceiling.maximum()).isEqualTo(2_101);
    assertThat(ceiling.categories())
        .containsExactly(FORMED_POLICE_UNITS, INDIVIDUAL_POLICE, JUSTICE_AND_CORRECTIONS);
  }

  @Test
  void of_one_category_covers_only_it() {
    AuthorisedCeiling ceiling = AuthorisedCeiling.of(88, JUSTICE_AND_CORRECTIONS);

    assertThat(ceiling.categories()).containsExactly(JUSTICE_AND_CORRECTIONS);
    assertThat(ceiling).isEqualTo(AuthorisedCeiling.of(88, Set.of(JUSTICE_AND_CORRECTIONS)));
  }

  @Test
  void of_military_covers_every_military_category() {
    AuthorisedCeiling ceiling = AuthorisedCeiling.ofMilitary(17_000);

    assertThat(ceiling.maximum()).isEqualTo(17_000);
    assertThat(ceiling.categories())
        .containsExactly(CONTINGENT_TROOPS, STAFF_OFFICERS, MILITARY_OBSERVERS);
    for (PersonnelCategory category : PersonnelCategory.values()) {
      assertThat(ceiling.covers(category)).as("%s", category).isEqualTo(category.isMilitary());
    }
  }

  @Test
  void of_police_covers_formed_and_individual_police() {
    AuthorisedCeiling ceiling = AuthorisedCeiling.ofPolice(2_101);

    assertThat(ceiling.maximum()).isEqualTo(2_101);
    assertThat(ceiling.categories()).containsExactly(FORMED_POLICE_UNITS, INDIVIDUAL_POLICE);
    for (PersonnelCategory category : PersonnelCategory.values()) {
      assertThat(ceiling.covers(category)).as("%s", category).isEqualTo(category.isPolice());
    }
  }

  @Test
  void covers_rejects_null() {
    assertThatThrownBy(() -> AuthorisedCeiling.ofPolice(1).covers(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void accepts_a_zero_maximum() {
    assertThat(AuthorisedCeiling.of(0, CONTINGENT_TROOPS).maximum()).isZero();
  }

  @Test
  void rejects_negative_maximum() {
    assertThatThrownBy(() -> AuthorisedCeiling.ofMilitary(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum: must not be negative, was -1");
  }

  @Test
  void rejects_no_category() {
    assertThatThrownBy(() -> AuthorisedCeiling.of(100, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categories: must not be empty, was []");
  }

  @Test
  void rejects_null_categories() {
    Set<PersonnelCategory> withNull = new HashSet<>();
    withNull.add(null);

    assertThatThrownBy(() -> AuthorisedCeiling.of(1, (Set<PersonnelCategory>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("categories");
    assertThatThrownBy(() -> AuthorisedCeiling.of(1, (PersonnelCategory) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("category");
    assertThatThrownBy(() -> AuthorisedCeiling.of(1, withNull))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void categories_are_a_copy_and_unmodifiable() {
    Set<PersonnelCategory> categories = EnumSet.of(CONTINGENT_TROOPS);
    AuthorisedCeiling ceiling = AuthorisedCeiling.of(10, categories);
    categories.add(STAFF_OFFICERS);

    assertThat(ceiling.categories()).containsExactly(CONTINGENT_TROOPS);
    assertThatThrownBy(() -> ceiling.categories().add(STAFF_OFFICERS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void deployed_within_sums_totals_of_covered_categories_only() {
    Map<PersonnelCategory, PersonnelCount> deployed = Map.of(
        FORMED_POLICE_UNITS, PersonnelCount.of(150, 700),
        INDIVIDUAL_POLICE, PersonnelCount.of(200, 400),
        CONTINGENT_TROOPS, PersonnelCount.of(1_000, 12_000));

    assertThat(AuthorisedCeiling.ofPolice(2_101).deployedWithin(deployed)).isEqualTo(1_450);
    assertThat(AuthorisedCeiling.ofMilitary(17_000).deployedWithin(deployed)).isEqualTo(13_000);
    assertThat(AuthorisedCeiling.of(88, JUSTICE_AND_CORRECTIONS).deployedWithin(deployed))
        .isZero();
  }

  @Test
  void is_exceeded_only_when_the_sum_passes_the_maximum() {
    AuthorisedCeiling police = AuthorisedCeiling.ofPolice(2_101);
    Map<PersonnelCategory, PersonnelCount> atCeiling = Map.of(
        FORMED_POLICE_UNITS, PersonnelCount.of(150, 1_000),
        INDIVIDUAL_POLICE, PersonnelCount.of(300, 651));
    Map<PersonnelCategory, PersonnelCount> oneOver = Map.of(
        FORMED_POLICE_UNITS, PersonnelCount.of(150, 1_000),
        INDIVIDUAL_POLICE, PersonnelCount.of(300, 652));

    assertThat(police.deployedWithin(atCeiling)).isEqualTo(2_101);
    assertThat(police.isExceededBy(atCeiling)).isFalse();
    assertThat(police.isExceededBy(oneOver)).isTrue();
    assertThat(police.isExceededBy(Map.of())).isFalse();
    assertThat(AuthorisedCeiling.of(0, INDIVIDUAL_POLICE)
        .isExceededBy(Map.of(INDIVIDUAL_POLICE, PersonnelCount.ofWomen(1)))).isTrue();
  }

  @Test
  void rejects_a_maximum_over_the_bound() {
    // Regression: a maximum near Long.MAX_VALUE made the rules guard the comparison with the
    // deployed sum against overflow.
    assertThatThrownBy(() -> AuthorisedCeiling.ofPolice(Bounds.MAX_PERSONNEL + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum: must be at most 1000000000, was 1000000001");
    assertThatThrownBy(() -> AuthorisedCeiling.of(Long.MAX_VALUE, INDIVIDUAL_POLICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum: must be at most 1000000000, was " + Long.MAX_VALUE);
  }

  @Test
  void largest_counts_are_summed_exactly_and_exceed_the_largest_maximum() {
    Map<PersonnelCategory, PersonnelCount> largest = Map.of(
        FORMED_POLICE_UNITS, PersonnelCount.of(Bounds.MAX_PERSONNEL, Bounds.MAX_PERSONNEL),
        INDIVIDUAL_POLICE, PersonnelCount.of(Bounds.MAX_PERSONNEL, Bounds.MAX_PERSONNEL));
    AuthorisedCeiling ceiling = AuthorisedCeiling.ofPolice(Bounds.MAX_PERSONNEL);

    assertThat(ceiling.deployedWithin(largest)).isEqualTo(4_000_000_000L);
    assertThat(ceiling.isExceededBy(largest)).isTrue();
  }

  @Test
  void is_not_exceeded_at_the_largest_maximum() {
    Map<PersonnelCategory, PersonnelCount> exactly = Map.of(
        FORMED_POLICE_UNITS, PersonnelCount.ofMen(Bounds.MAX_PERSONNEL - 1),
        INDIVIDUAL_POLICE, PersonnelCount.ofWomen(1));

    assertThat(AuthorisedCeiling.ofPolice(Bounds.MAX_PERSONNEL).isExceededBy(exactly)).isFalse();
    assertThat(AuthorisedCeiling.ofPolice(Bounds.MAX_PERSONNEL - 1).isExceededBy(exactly))
        .isTrue();
  }

  @Test
  void deployed_must_not_be_null() {
    AuthorisedCeiling ceiling = AuthorisedCeiling.ofPolice(1);

    assertThatThrownBy(() -> ceiling.isExceededBy(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("deployed");
    assertThatThrownBy(() -> ceiling.deployedWithin(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("deployed");
  }

  @Test
  void to_string_names_maximum_and_categories_in_order() {
    assertThat(AuthorisedCeiling.ofMilitary(17_000))
        .hasToString("up to 17000 of CONTINGENT_TROOPS, STAFF_OFFICERS, MILITARY_OBSERVERS");
    assertThat(AuthorisedCeiling.of(2_101, Set.of(JUSTICE_AND_CORRECTIONS, INDIVIDUAL_POLICE)))
        .hasToString("up to 2101 of INDIVIDUAL_POLICE, JUSTICE_AND_CORRECTIONS");
  }

  @Test
  void equal_when_maximum_and_categories_are() {
    assertThat(AuthorisedCeiling.ofPolice(2_101))
        .isEqualTo(AuthorisedCeiling.of(2_101, Set.of(INDIVIDUAL_POLICE, FORMED_POLICE_UNITS)))
        .hasSameHashCodeAs(
            AuthorisedCeiling.of(2_101, Set.of(INDIVIDUAL_POLICE, FORMED_POLICE_UNITS)))
        .isNotEqualTo(AuthorisedCeiling.ofPolice(2_100))
        .isNotEqualTo(AuthorisedCeiling.of(2_101, INDIVIDUAL_POLICE));
  }

  @Test
  void police_ceiling_includes_a_formed_police_sub_ceiling() {
    // S/RES/2729 (2024): "a police ceiling of 2,101, including 1,441 formed police" (UNMISS).
    AuthorisedCeiling police = AuthorisedCeiling.ofPolice(2_101)
        .withSubCeiling(AuthorisedCeiling.of(1_441, FORMED_POLICE_UNITS));

    assertThat(police.subCeilings()).containsExactly(AuthorisedCeiling.of(1_441,
        FORMED_POLICE_UNITS));
    assertThat(police).hasToString("up to 2101 of FORMED_POLICE_UNITS, INDIVIDUAL_POLICE"
        + " (including up to 1441 of FORMED_POLICE_UNITS)");
    assertThat(police).isNotEqualTo(AuthorisedCeiling.ofPolice(2_101));
  }

  @Test
  void rejects_a_sub_ceiling_on_a_category_the_ceiling_does_not_cover() {
    AuthorisedCeiling police = AuthorisedCeiling.ofPolice(2_101);

    assertThatThrownBy(() -> police.withSubCeiling(AuthorisedCeiling.of(10, JUSTICE_AND_CORRECTIONS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subCeilings[0]: must cover only categories of [FORMED_POLICE_UNITS,"
            + " INDIVIDUAL_POLICE], was up to 10 of JUSTICE_AND_CORRECTIONS");
  }

  @Test
  void rejects_a_sub_ceiling_above_the_ceiling() {
    AuthorisedCeiling police = AuthorisedCeiling.ofPolice(2_101);

    assertThatThrownBy(() -> police.withSubCeiling(AuthorisedCeiling.of(2_102, FORMED_POLICE_UNITS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subCeilings[0]: must not allow more than 2101, was up to 2102 of"
            + " FORMED_POLICE_UNITS");
  }

  @Test
  void rejects_two_sub_ceilings_on_one_category() {
    AuthorisedCeiling police = AuthorisedCeiling.ofPolice(2_101)
        .withSubCeiling(AuthorisedCeiling.of(1_441, FORMED_POLICE_UNITS));

    assertThatThrownBy(() -> police.withSubCeiling(AuthorisedCeiling.of(100, FORMED_POLICE_UNITS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subCeilings[1]: FORMED_POLICE_UNITS must not be covered by two sub-ceilings,"
            + " was up to 100 of FORMED_POLICE_UNITS");
  }
}
