package io.github.peacekeeping.core.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTest {

  @Test
  void keeps_the_fraction_in_lowest_terms() {
    Share share = Share.of(2, 10);

    assertThat(share.numerator()).isEqualTo(1);
    assertThat(share.denominator()).isEqualTo(5);
    assertThat(Share.of(0, 7)).isEqualTo(Share.ZERO);
    assertThat(Share.of(7, 7)).isEqualTo(Share.ONE);
  }

  @Test
  void equal_across_fraction_percent_and_text() {
    Share fraction = Share.of(2, 10);

    assertThat(fraction)
        .isEqualTo(Share.ofPercent(20))
        .isEqualTo(Share.ofPercent(new BigDecimal("20.000")))
        .isEqualTo(Share.parse("20%"))
        .isEqualTo(Share.parse("1/5"))
        .isEqualTo(Share.parse(" 20 % "))
        .hasSameHashCodeAs(Share.parse("20%"))
        .isNotEqualTo(Share.ofPercent(21))
        .isNotEqualTo("20%");
  }

  @Test
  void rejects_whole_that_is_not_positive() {
    assertThatThrownBy(() -> Share.of(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole: must be positive, was 0");
    assertThatThrownBy(() -> Share.of(0, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole: must be positive, was -3");
  }

  @Test
  void rejects_negative_part() {
    assertThatThrownBy(() -> Share.of(-1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("part: must not be negative, was -1");
  }

  @Test
  void rejects_part_above_whole() {
    assertThatThrownBy(() -> Share.of(4, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("part: must not exceed whole 3, was 4");
  }

  @Test
  void rejects_percent_out_of_range() {
    assertThatThrownBy(() -> Share.ofPercent(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent: must be from 0 to 100, was 101");
    assertThatThrownBy(() -> Share.ofPercent(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent: must be from 0 to 100, was -1");
    assertThatThrownBy(() -> Share.ofPercent(new BigDecimal("100.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent: must be from 0 to 100, was 100.5");
    assertThatThrownBy(() -> Share.parse("-5%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent: must be from 0 to 100, was -5");
  }

  @Test
  void rejects_null_percent_and_text() {
    assertThatThrownBy(() -> Share.ofPercent(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("percent");
    assertThatThrownBy(() -> Share.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void rejects_percent_with_more_decimal_places_than_a_long_holds() {
    assertThatThrownBy(() -> Share.ofPercent(new BigDecimal("0.00000000000000001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent: too many decimal places to hold exactly");
  }

  @Test
  void rejects_a_huge_exponent_quickly() {
    // Regression: 10^scale used to be computed before the size check.
    assertThatThrownBy(() -> Share.parse("1E-999999999%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent: too many decimal places to hold exactly");
  }

  @Test
  void accepts_sixteen_decimal_places_of_percent() {
    Share share = Share.ofPercent(new BigDecimal("0.0000000000000001"));

    assertThat(share).isEqualTo(Share.of(1, 1_000_000_000_000_000_000L));
    assertThat(Share.parse(share.toString())).isEqualTo(share);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "%", "abc", "abc%", "20", "1/", "/3", "1/3/4", "one/three", "20%%",
          "99999999999999999999/99999999999999999999", "NaN%"})
  void parse_rejects_garbage_with_the_text(String text) {
    assertThatThrownBy(() -> Share.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text: not a share (expected '20%' or '1/3'), was '" + text + "'");
  }

  @Test
  void parse_rejects_fractions_out_of_range() {
    assertThatThrownBy(() -> Share.parse("4/3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("part: must not exceed whole 3, was 4");
    assertThatThrownBy(() -> Share.parse("1/0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole: must be positive, was 0");
  }

  @Test
  void to_string_writes_a_percentage_where_it_is_finite() {
    assertThat(Share.of(1, 5)).hasToString("20%");
    assertThat(Share.of(1, 8)).hasToString("12.5%");
    assertThat(Share.of(1, 1600)).hasToString("0.0625%");
    assertThat(Share.of(1, 1024)).hasToString("0.09765625%");
    assertThat(Share.ZERO).hasToString("0%");
    assertThat(Share.ONE).hasToString("100%");
  }

  @Test
  void to_string_writes_a_fraction_where_the_percentage_does_not_end() {
    assertThat(Share.of(1, 3)).hasToString("1/3");
    assertThat(Share.of(2, 7)).hasToString("2/7");
  }

  @Test
  void to_string_falls_back_to_a_fraction_when_the_percentage_is_too_long() {
    assertThat(Share.of(1, 1L << 60)).hasToString("1/" + (1L << 60));
  }

  @Test
  void parse_reads_back_to_string() {
    List<Share> shares =
        List.of(
            Share.ZERO,
            Share.ONE,
            Share.of(1, 3),
            Share.of(2, 3),
            Share.of(1, 8),
            Share.of(1, 1024),
            Share.of(1, 1L << 60),
            Share.of((1L << 60) - 1, 1L << 60),
            Share.of(1, Long.MAX_VALUE),
            Share.of(Long.MAX_VALUE - 1, Long.MAX_VALUE),
            Share.of(3, 1L << 62),
            Share.of(1, 5L * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5),
            Share.of(1, 1_000_000_000_000_000_000L),
            Share.of(11, 871),
            Share.of(999, 1000),
            Share.ofPercent(15),
            Share.ofPercent(new BigDecimal("12.5")));

    for (Share share : shares) {
      assertThat(Share.parse(share.toString())).as(share.toString()).isEqualTo(share);
    }
  }

  @Test
  void parse_reads_back_every_fraction_with_a_small_denominator() {
    for (long whole = 1; whole <= 200; whole++) {
      for (long part = 0; part <= whole; part++) {
        Share share = Share.of(part, whole);
        assertThat(Share.parse(share.toString())).as(share.toString()).isEqualTo(share);
      }
    }
  }

  @Test
  void compare_to_is_exact_near_twenty_percent_with_huge_numbers() {
    // Within 1 of a huge whole, a double could not tell these shares from 20%.
    long fifth = Long.MAX_VALUE / 5; // 1844674407370955161
    long exactWhole = fifth * 5;
    Share twenty = Share.ofPercent(20);

    assertThat(Share.of(fifth, exactWhole)).isEqualByComparingTo(twenty);
    assertThat(Share.of(fifth - 1, exactWhole)).isLessThan(twenty);
    assertThat(Share.of(fifth, exactWhole - 1)).isGreaterThan(twenty);
    assertThat(Share.of(fifth - 1, exactWhole - 1).isAtLeast(twenty)).isFalse();
    assertThat(Share.of(fifth, exactWhole).isAtLeast(twenty)).isTrue();
  }

  @Test
  void compare_to_orders_by_value() {
    assertThat(Share.of(1, 3)).isGreaterThan(Share.of(1, 4)).isLessThan(Share.of(1, 2));
    assertThat(Share.ZERO).isLessThan(Share.of(1, Long.MAX_VALUE));
    assertThat(Share.of(Long.MAX_VALUE - 1, Long.MAX_VALUE)).isLessThan(Share.ONE);
  }

  @Test
  void minimum_part_of_rounds_up() {
    Share twenty = Share.ofPercent(20);

    assertThat(twenty.minimumPartOf(101)).isEqualTo(21);
    assertThat(twenty.minimumPartOf(100)).isEqualTo(20);
    assertThat(twenty.minimumPartOf(0)).isZero();
    assertThat(twenty.minimumPartOf(1)).isEqualTo(1);
    assertThat(Share.ZERO.minimumPartOf(101)).isZero();
    assertThat(Share.ONE.minimumPartOf(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(Share.of(1, 3).minimumPartOf(Long.MAX_VALUE))
        .isEqualTo(Long.MAX_VALUE / 3 + 1);
  }

  @Test
  void minimum_part_of_rejects_negative_whole() {
    assertThatThrownBy(() -> Share.ofPercent(20).minimumPartOf(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole: must not be negative, was -1");
  }

  @Test
  void to_percent_rounds_as_asked() {
    Share third = Share.of(1, 3);

    assertThat(third.toPercent(2, RoundingMode.HALF_UP)).isEqualByComparingTo("33.33");
    assertThat(Share.of(2, 3).toPercent(1, RoundingMode.HALF_UP)).isEqualByComparingTo("66.7");
    assertThat(Share.of(2, 3).toPercent(1, RoundingMode.DOWN)).isEqualByComparingTo("66.6");
    assertThat(Share.of(1, 8).toPercent(0, RoundingMode.HALF_EVEN)).isEqualByComparingTo("12");
    assertThat(Share.of(1, 8).toPercent(0, RoundingMode.HALF_UP)).isEqualByComparingTo("13");
    assertThat(Share.of(1, 8).toPercent(3, RoundingMode.UNNECESSARY).toPlainString())
        .isEqualTo("12.500");
  }

  @Test
  void to_percent_throws_when_unnecessary_rounding_is_needed() {
    assertThatThrownBy(() -> Share.of(1, 3).toPercent(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void to_percent_rejects_negative_scale() {
    assertThatThrownBy(() -> Share.ONE.toPercent(-1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale: must not be negative, was -1");
  }
}
