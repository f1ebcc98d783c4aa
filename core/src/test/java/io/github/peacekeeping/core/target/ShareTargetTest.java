package io.github.peacekeeping.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.core.source.SourceDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShareTargetTest {

  private static final Citation CITATION = Citation.of(SourceDocument.UGPS28, "A restatement.");

  private static ShareTarget.Builder twentyPercentOfPolice() {
    return ShareTarget.builder()
        .id("TEST-POLICE-20")
        .minimumShare(Share.ofPercent(20))
        .addCategories(PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCategory.INDIVIDUAL_POLICE)
        .citation(CITATION)
        .description("Women are at least 20% of police.");
  }

  @Test
  void builds_with_all_attributes() {
    ShareTarget target = twentyPercentOfPolice().deadline(LocalDate.of(2028, 12, 31)).build();

    assertThat(target.id()).isEqualTo("TEST-POLICE-20");
    assertThat(target.minimumShare()).isEqualTo(Share.parse("20%"));
    assertThat(target.categories())
        .containsExactlyInAnyOrder(
            PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCategory.INDIVIDUAL_POLICE);
    assertThat(target.deadline()).contains(LocalDate.of(2028, 12, 31));
    assertThat(target.citation()).isEqualTo(CITATION);
    assertThat(target.description()).isEqualTo("Women are at least 20% of police.");
  }

  @Test
  void deadline_is_optional() {
    assertThat(twentyPercentOfPolice().build().deadline()).isEmpty();
  }

  @Test
  void categories_are_unmodifiable() {
    ShareTarget target = twentyPercentOfPolice().build();

    assertThatThrownBy(() -> target.categories().add(PersonnelCategory.CONTINGENT_TROOPS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_empty_categories() {
    assertThatThrownBy(
            () ->
                ShareTarget.builder()
                    .id("TEST")
                    .minimumShare(Share.ofPercent(20))
                    .citation(CITATION)
                    .description("Nobody.")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("categories: must not be empty, was []");
  }

  @Test
  void rejects_blank_id_and_description() {
    assertThatThrownBy(() -> twentyPercentOfPolice().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id: must not be blank, was ' '");
    assertThatThrownBy(() -> twentyPercentOfPolice().description("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description: must not be blank, was ''");
  }

  @Test
  void rejects_missing_minimum_share() {
    assertThatThrownBy(
            () ->
                ShareTarget.builder()
                    .id("TEST")
                    .addCategory(PersonnelCategory.INDIVIDUAL_POLICE)
                    .citation(CITATION)
                    .description("No share.")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("minimumShare");
  }

  @Test
  void required_women_rounds_up() {
    ShareTarget target = twentyPercentOfPolice().build();

    assertThat(target.requiredWomen(101)).isEqualTo(21);
    assertThat(target.requiredWomen(100)).isEqualTo(20);
    assertThat(target.requiredWomen(0)).isZero();
  }

  @Test
  void required_women_rejects_negative_total() {
    assertThatThrownBy(() -> twentyPercentOfPolice().build().requiredWomen(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalPersonnel: must not be negative, was -1");
  }

  @Test
  void is_met_exactly_at_the_share() {
    ShareTarget target = twentyPercentOfPolice().build();

    assertThat(target.isMetBy(PersonnelCount.ofWomenAndTotal(21, 101))).isTrue();
    assertThat(target.isMetBy(PersonnelCount.ofWomenAndTotal(20, 101))).isFalse();
    assertThat(target.isMetBy(PersonnelCount.ofWomenAndTotal(20, 100))).isTrue();
    assertThat(target.isMetBy(PersonnelCount.ZERO)).isTrue();
  }

  @Test
  void shortfall_counts_the_missing_women() {
    ShareTarget target = twentyPercentOfPolice().build();

    assertThat(target.shortfall(PersonnelCount.ofWomenAndTotal(15, 101))).isEqualTo(6);
    assertThat(target.shortfall(PersonnelCount.ofWomenAndTotal(50, 101))).isZero();
    assertThatThrownBy(() -> target.shortfall(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("count");
  }

  @Test
  void equality_is_by_value() {
    assertThat(twentyPercentOfPolice().build())
        .isEqualTo(twentyPercentOfPolice().build())
        .hasSameHashCodeAs(twentyPercentOfPolice().build())
        .isNotEqualTo(twentyPercentOfPolice().minimumShare(Share.ofPercent(21)).build());
  }

  @Test
  void to_string_gives_id_share_categories_and_deadline() {
    assertThat(twentyPercentOfPolice().deadline(LocalDate.of(2028, 12, 31)).build())
        .hasToString(
            "TEST-POLICE-20: 20% of [FORMED_POLICE_UNITS, INDIVIDUAL_POLICE] by 2028-12-31");
  }
}
