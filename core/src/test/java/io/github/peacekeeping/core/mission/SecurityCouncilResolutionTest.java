package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityCouncilResolutionTest {

  @Test
  void of_keeps_number_and_year() {
    SecurityCouncilResolution resolution = SecurityCouncilResolution.of(2242, 2015);

    assertThat(resolution.number()).isEqualTo(2242);
    assertThat(resolution.year()).isEqualTo(2015);
  }

  @Test
  void to_string_is_the_document_symbol() {
    assertThat(SecurityCouncilResolution.of(2242, 2015)).hasToString("S/RES/2242 (2015)");
    assertThat(SecurityCouncilResolution.of(50, 1948)).hasToString("S/RES/50 (1948)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "S/RES/2242 (2015)", "S/RES/1 (1946)", "S/RES/1325 (2000)", "S/RES/47 (1948)"})
  void parse_reads_back_to_string(String symbol) {
    assertThat(SecurityCouncilResolution.parse(symbol)).hasToString(symbol);
  }

  @Test
  void parse_tolerates_missing_space_and_surrounding_white_space() {
    SecurityCouncilResolution expected = SecurityCouncilResolution.of(2242, 2015);

    assertThat(SecurityCouncilResolution.parse("S/RES/2242(2015)")).isEqualTo(expected);
    assertThat(SecurityCouncilResolution.parse("  S/RES/2242 (2015)\t")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2242", "S/RES/2242", "S/RES/2242 2015", "S/RES/ (2015)",
      "s/res/2242 (2015)", "S/RES/2242  (2015)", "S/RES/2242 (15)", "A/RES/2242 (2015)",
      "S/RES/99999999999 (2015)"})
  void parse_rejects_other_text_naming_it(String text) {
    assertThatThrownBy(() -> SecurityCouncilResolution.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("text: not a Security Council resolution symbol")
        .hasMessageContaining("was '" + text + "'");
  }

  @Test
  void parse_rejects_an_invalid_year_in_a_well_formed_symbol() {
    assertThatThrownBy(() -> SecurityCouncilResolution.parse("S/RES/1 (1945)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year: must be from 1946 to 9999, was 1945");
  }

  @Test
  void parse_rejects_null() {
    assertThatThrownBy(() -> SecurityCouncilResolution.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejects_number_below_one(int number) {
    assertThatThrownBy(() -> SecurityCouncilResolution.of(number, 2015))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number: must be at least 1, was " + number);
  }

  @ParameterizedTest
  @ValueSource(ints = {1945, 0, 10000})
  void rejects_year_out_of_range(int year) {
    assertThatThrownBy(() -> SecurityCouncilResolution.of(1, year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year: must be from 1946 to 9999, was " + year);
  }

  @Test
  void accepts_the_bounds() {
    assertThat(SecurityCouncilResolution.of(1, 1946).year()).isEqualTo(1946);
    assertThat(SecurityCouncilResolution.of(1, 9999).year()).isEqualTo(9999);
  }

  @Test
  void equal_when_number_and_year_are() {
    assertThat(SecurityCouncilResolution.of(2242, 2015))
        .isEqualTo(SecurityCouncilResolution.parse("S/RES/2242 (2015)"))
        .hasSameHashCodeAs(SecurityCouncilResolution.of(2242, 2015))
        .isNotEqualTo(SecurityCouncilResolution.of(2242, 2016))
        .isNotEqualTo(SecurityCouncilResolution.of(2243, 2015));
  }

  @Test
  void orders_by_number() {
    SecurityCouncilResolution untso = SecurityCouncilResolution.of(50, 1948);
    SecurityCouncilResolution unmogip = SecurityCouncilResolution.of(47, 1948);
    SecurityCouncilResolution wps = SecurityCouncilResolution.of(1325, 2000);

    assertThat(Stream.of(wps, untso, unmogip).sorted())
        .containsExactly(unmogip, untso, wps);
    assertThat(untso.compareTo(SecurityCouncilResolution.of(50, 1948))).isZero();
  }
}
