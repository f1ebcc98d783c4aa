package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneralAssemblyResolutionTest {

  @Test
  void of_keeps_number_and_session() {
    GeneralAssemblyResolution unefI = GeneralAssemblyResolution.of(1000, "ES-I");

    assertThat(unefI.number()).isEqualTo(1000);
    assertThat(unefI.session()).isEqualTo("ES-I");
  }

  @Test
  void to_string_is_the_document_symbol() {
    assertThat(GeneralAssemblyResolution.of(1000, "ES-I")).hasToString("A/RES/1000 (ES-I)");
    assertThat(GeneralAssemblyResolution.of(1752, "XVII")).hasToString("A/RES/1752 (XVII)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A/RES/1000 (ES-I)", "A/RES/1752 (XVII)", "A/RES/1 (I)"})
  void parse_is_the_inverse_of_to_string(String symbol) {
    assertThat(GeneralAssemblyResolution.parse(symbol)).hasToString(symbol);
  }

  @Test
  void parse_accepts_a_missing_space_and_surrounding_white_space() {
    GeneralAssemblyResolution expected = GeneralAssemblyResolution.of(1752, "XVII");

    assertThat(GeneralAssemblyResolution.parse("A/RES/1752(XVII)")).isEqualTo(expected);
    assertThat(GeneralAssemblyResolution.parse(" A/RES/1752 (XVII)\t")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A/RES/1752", "A/RES/31/1", "S/RES/1752 (1962)", "A/RES/1752 (17)",
      "A/RES/1752 (xvii)", "A/RES/0x1 (I)"})
  void parse_rejects_other_text_naming_it(String text) {
    assertThatThrownBy(() -> GeneralAssemblyResolution.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text: not a General Assembly resolution symbol such as 'A/RES/1000 (ES-I)',"
            + " was '" + text + "'");
  }

  @Test
  void rejects_number_out_of_range() {
    assertThatThrownBy(() -> GeneralAssemblyResolution.of(0, "I"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number: must be from 1 to 99999, was 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "17", "ES-", "es-I", "XVII "})
  void rejects_session_other_than_roman_numerals(String session) {
    assertThatThrownBy(() -> GeneralAssemblyResolution.of(1, session))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("session: must be roman numerals, optionally after 'ES-', was '" + session
            + "'");
  }

  @Test
  void rejects_null() {
    assertThatThrownBy(() -> GeneralAssemblyResolution.of(1, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> GeneralAssemblyResolution.parse(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equal_when_number_and_session_are() {
    assertThat(GeneralAssemblyResolution.of(1000, "ES-I"))
        .isEqualTo(GeneralAssemblyResolution.parse("A/RES/1000 (ES-I)"))
        .hasSameHashCodeAs(GeneralAssemblyResolution.of(1000, "ES-I"))
        .isNotEqualTo(GeneralAssemblyResolution.of(1000, "I"))
        .isNotEqualTo(GeneralAssemblyResolution.of(1001, "ES-I"));
  }
}
