package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MandatePeriodTest {

  private static final LocalDate START = LocalDate.of(2024, 4, 30);
  private static final LocalDate END = LocalDate.of(2025, 4, 30);

  @Test
  void to_string_is_an_iso_interval() {
    assertThat(MandatePeriod.of(START, END)).hasToString("2024-04-30/2025-04-30");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-04-30/2025-04-30", "2023-06-30/2023-12-31", "2024-02-28/2024-02-29"})
  void parse_reads_back_to_string(String text) {
    assertThat(MandatePeriod.parse(text)).hasToString(text);
  }

  @Test
  void parse_reads_start_and_end() {
    MandatePeriod period = MandatePeriod.parse("2024-04-30/2025-04-30");

    assertThat(period.start()).isEqualTo(START);
    assertThat(period.end()).isEqualTo(END);
    assertThat(period).isEqualTo(MandatePeriod.of(START, END))
        .hasSameHashCodeAs(MandatePeriod.of(START, END))
        .isNotEqualTo(MandatePeriod.of(START, END.plusDays(1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2024-04-30", "2024-04-30/", "/2025-04-30", "2024-04-30--2025-04-30",
      "2024-04-30/2025-04-30/2026-04-30", "2024-04-30/P1Y", "30/04/2024/30/04/2025",
      " 2024-04-30/2025-04-30"})
  void parse_rejects_other_text_naming_it(String text) {
    assertThatThrownBy(() -> MandatePeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text: not an interval of two ISO dates such as '2024-04-30/2025-04-30', was '"
            + text + "'");
  }

  @Test
  void parse_rejects_end_not_after_start() {
    assertThatThrownBy(() -> MandatePeriod.parse("2025-04-30/2024-04-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end: must be after start 2025-04-30, was 2024-04-30");
  }

  @Test
  void rejects_end_equal_to_start() {
    assertThatThrownBy(() -> MandatePeriod.of(START, START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end: must be after start 2024-04-30, was 2024-04-30");
  }

  @Test
  void rejects_end_before_start() {
    assertThatThrownBy(() -> MandatePeriod.of(END, START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end: must be after start 2025-04-30, was 2024-04-30");
  }

  @Test
  void rejects_nulls() {
    assertThatThrownBy(() -> MandatePeriod.of(null, END))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> MandatePeriod.of(START, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("end");
    assertThatThrownBy(() -> MandatePeriod.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
  }

  @Test
  void contains_both_ends() {
    MandatePeriod period = MandatePeriod.of(START, END);

    assertThat(period.contains(START.minusDays(1))).isFalse();
    assertThat(period.contains(START)).isTrue();
    assertThat(period.contains(LocalDate.of(2024, 11, 1))).isTrue();
    assertThat(period.contains(END)).isTrue();
    assertThat(period.contains(END.plusDays(1))).isFalse();
  }
}
