package io.github.peacekeeping.core.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonnelCountTest {

  @Test
  void keeps_women_and_men_and_adds_them_up() {
    PersonnelCount count = PersonnelCount.of(11, 860);

    assertThat(count.women()).isEqualTo(11);
    assertThat(count.men()).isEqualTo(860);
    assertThat(count.total()).isEqualTo(871);
    assertThat(count.isZero()).isFalse();
  }

  @Test
  void rejects_negative_women_count() {
    assertThatThrownBy(() -> PersonnelCount.of(-1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("women: must not be negative, was -1");
  }

  @Test
  void rejects_negative_men_count() {
    assertThatThrownBy(() -> PersonnelCount.of(5, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("men: must not be negative, was -2");
  }

  @Test
  void rejects_women_over_the_bound() {
    // Regression: counts were bounded only by their sum fitting a long, so the sums built from
    // them (a pledge's, a registry's) overflowed and ArithmeticException escaped the readers.
    assertThatThrownBy(() -> PersonnelCount.of(Bounds.MAX_PERSONNEL + 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("women: must be at most 1000000000, was 1000000001");
    assertThatThrownBy(() -> PersonnelCount.ofWomen(Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("women: must be at most 1000000000, was " + Long.MAX_VALUE);
  }

  @Test
  void rejects_men_over_the_bound() {
    assertThatThrownBy(() -> PersonnelCount.of(0, Bounds.MAX_PERSONNEL + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("men: must be at most 1000000000, was 1000000001");
    assertThatThrownBy(() -> PersonnelCount.ofWomenAndTotal(0, Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("men: must be at most 1000000000, was " + Long.MAX_VALUE);
  }

  @Test
  void accepts_the_bound_for_women_and_men_together() {
    PersonnelCount largest = PersonnelCount.of(Bounds.MAX_PERSONNEL, Bounds.MAX_PERSONNEL);
    assertThat(largest.total()).isEqualTo(2_000_000_000L);
  }

  @Test
  void totals_of_as_many_counts_as_a_collection_holds_fit_a_long() {
    // The reason for the bound, as arithmetic: Integer.MAX_VALUE totals at the largest.
    long largestTotal = PersonnelCount.of(Bounds.MAX_PERSONNEL, Bounds.MAX_PERSONNEL).total();
    assertThat(Math.multiplyHigh(largestTotal, Integer.MAX_VALUE)).isZero();
    assertThat(largestTotal * Integer.MAX_VALUE).isPositive();
  }

  @Test
  void of_women_and_total_derives_men() {
    assertThat(PersonnelCount.ofWomenAndTotal(1, 263)).isEqualTo(PersonnelCount.of(1, 262));
  }

  @Test
  void of_women_and_total_rejects_women_above_total() {
    assertThatThrownBy(() -> PersonnelCount.ofWomenAndTotal(6, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("women: must not exceed total 5, was 6");
  }

  @Test
  void of_women_and_total_rejects_negative_total() {
    assertThatThrownBy(() -> PersonnelCount.ofWomenAndTotal(0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total: must not be negative, was -1");
  }

  @Test
  void of_women_and_total_rejects_negative_women() {
    assertThatThrownBy(() -> PersonnelCount.ofWomenAndTotal(-3, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("women: must not be negative, was -3");
  }

  @Test
  void of_women_and_of_men_count_one_gender() {
    assertThat(PersonnelCount.ofWomen(4)).isEqualTo(PersonnelCount.of(4, 0));
    assertThat(PersonnelCount.ofMen(4)).isEqualTo(PersonnelCount.of(0, 4));
    assertThatThrownBy(() -> PersonnelCount.ofWomen(-4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("women: must not be negative, was -4");
    assertThatThrownBy(() -> PersonnelCount.ofMen(-4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("men: must not be negative, was -4");
  }

  @Test
  void zero_has_no_share_of_women() {
    assertThat(PersonnelCount.ZERO).isEqualTo(PersonnelCount.of(0, 0));
    assertThat(PersonnelCount.ZERO.isZero()).isTrue();
    assertThat(PersonnelCount.ZERO.shareOfWomen()).isEmpty();
  }

  @Test
  void share_of_women_is_exact() {
    assertThat(PersonnelCount.of(1, 2).shareOfWomen()).contains(Share.parse("1/3"));
    assertThat(PersonnelCount.of(20, 80).shareOfWomen()).contains(Share.ofPercent(20));
    assertThat(PersonnelCount.ofMen(7).shareOfWomen()).contains(Share.ZERO);
  }

  @Test
  void plus_adds_women_and_men() {
    assertThat(PersonnelCount.of(1, 2).plus(PersonnelCount.of(3, 4)))
        .isEqualTo(PersonnelCount.of(4, 6));
  }

  @Test
  void plus_beyond_the_bound_is_rejected_as_an_invariant_not_an_overflow() {
    PersonnelCount largest = PersonnelCount.of(Bounds.MAX_PERSONNEL, Bounds.MAX_PERSONNEL);

    assertThatThrownBy(() -> largest.plus(PersonnelCount.ofMen(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("men: must be at most 1000000000, was 1000000002");
  }

  @Test
  void equality_is_by_women_and_men() {
    assertThat(PersonnelCount.of(2, 3))
        .isEqualTo(PersonnelCount.of(2, 3))
        .hasSameHashCodeAs(PersonnelCount.of(2, 3))
        .isNotEqualTo(PersonnelCount.of(3, 2));
  }

  @Test
  void orders_by_total_then_by_women() {
    assertThat(PersonnelCount.of(0, 5)).isLessThan(PersonnelCount.of(0, 6));
    assertThat(PersonnelCount.of(1, 4)).isGreaterThan(PersonnelCount.of(0, 5));
    assertThat(PersonnelCount.of(2, 3)).isEqualByComparingTo(PersonnelCount.of(2, 3));
  }

  @Test
  void to_string_names_women_and_men() {
    assertThat(PersonnelCount.of(11, 860)).hasToString("11 women, 860 men");
  }
}
