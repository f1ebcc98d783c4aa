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
  void rejects_counts_whose_total_overflows() {
    assertThatThrownBy(() -> PersonnelCount.of(Long.MAX_VALUE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("women + men: total overflows, was " + Long.MAX_VALUE + " + 1");
  }

  @Test
  void accepts_the_largest_total() {
    assertThat(PersonnelCount.of(Long.MAX_VALUE - 1, 1).total()).isEqualTo(Long.MAX_VALUE);
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
  void plus_throws_arithmetic_exception_when_the_total_overflows() {
    // Regression: each gender fitted, so the overflow surfaced as an IllegalArgumentException
    // from the invariant check instead of the documented ArithmeticException.
    PersonnelCount half = PersonnelCount.of(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2);

    assertThatThrownBy(() -> half.plus(PersonnelCount.ofMen(2)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> PersonnelCount.ofWomen(Long.MAX_VALUE).plus(PersonnelCount.ofWomen(1)))
        .isInstanceOf(ArithmeticException.class);
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
