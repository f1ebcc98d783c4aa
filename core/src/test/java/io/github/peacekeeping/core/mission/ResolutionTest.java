package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResolutionTest {

  @Test
  void parse_reads_a_security_council_symbol_as_a_council_resolution() {
    assertThat(Resolution.parse(" S/RES/2242 (2015) "))
        .isEqualTo(SecurityCouncilResolution.of(2242, 2015));
  }

  @Test
  void parse_reads_a_general_assembly_symbol_as_an_assembly_resolution() {
    assertThat(Resolution.parse(" A/RES/1000 (ES-I)"))
        .isEqualTo(GeneralAssemblyResolution.of(1000, "ES-I"));
  }

  @Test
  void parse_rejects_other_symbols_with_the_council_message() {
    assertThatThrownBy(() -> Resolution.parse("E/RES/1 (1946)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text: not a Security Council resolution symbol such as 'S/RES/2242 (2015)',"
            + " was 'E/RES/1 (1946)'");
    assertThatThrownBy(() -> Resolution.parse("A/RES/31/1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("text: not a General Assembly resolution symbol");
  }

  @Test
  void parse_rejects_null() {
    assertThatThrownBy(() -> Resolution.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void every_catalogued_resolution_reads_back_from_its_symbol() {
    assertThat(Mission.all()).allSatisfy(m -> assertThat(Resolution.parse(m.establishedBy()
        .toString())).as(m.acronym()).isEqualTo(m.establishedBy()));
  }
}
