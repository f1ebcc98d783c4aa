package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.source.TestFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class MissionTest {

  /** The peacekeeping operations the UN lists as active in 2026. */
  private static final List<String> ACTIVE_IN_2026 = List.of("MINURSO", "MINUSCA", "MONUSCO",
      "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK", "UNMISS", "UNMOGIP", "UNTSO");

  @Test
  void catalogue_holds_every_mission_in_the_real_contributions_data() {
    Set<String> acronyms = missionsInRealData();

    assertThat(acronyms).hasSize(25);
    assertThat(acronyms).allSatisfy(
        acronym -> assertThat(Mission.find(acronym)).as(acronym).isPresent());
  }

  @ParameterizedTest
  @FieldSource("ACTIVE_IN_2026")
  void every_operation_active_in_2026_is_active_on_23_november_2026(String acronym) {
    Mission mission = Mission.of(acronym);

    assertThat(mission.kind()).isEqualTo(MissionKind.PEACEKEEPING_OPERATION);
    assertThat(mission.operatesOn(LocalDate.of(2026, 11, 23))).isTrue();
  }

  @Test
  void no_other_catalogued_operation_is_active_on_23_november_2026() {
    List<String> active = Mission.all().stream()
        .filter(m -> m.kind() == MissionKind.PEACEKEEPING_OPERATION)
        .filter(m -> m.operatesOn(LocalDate.of(2026, 11, 23)))
        .map(Mission::acronym)
        .collect(Collectors.toList());

    assertThat(active).containsExactlyElementsOf(ACTIVE_IN_2026);
  }

  @Test
  void minusma_operated_until_its_withdrawal_was_completed_on_31_december_2023() {
    Mission minusma = Mission.of("MINUSMA");

    assertThat(minusma.mandateEnd()).contains(LocalDate.of(2023, 6, 30));
    assertThat(minusma.withdrawalCompleted()).contains(LocalDate.of(2023, 12, 31));
    assertThat(minusma.lastDay()).contains(LocalDate.of(2023, 12, 31));
    assertThat(minusma.operatesOn(LocalDate.of(2023, 7, 1))).isTrue();
    assertThat(minusma.operatesOn(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(minusma.operatesOn(LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(minusma.operatesOn(LocalDate.of(2024, 6, 1))).isFalse();
  }

  @Test
  void is_active_from_its_first_day() {
    Mission unmiss = Mission.of("UNMISS");

    assertThat(unmiss.start()).isEqualTo(LocalDate.of(2011, 7, 9));
    assertThat(unmiss.operatesOn(LocalDate.of(2011, 7, 8))).isFalse();
    assertThat(unmiss.operatesOn(LocalDate.of(2011, 7, 9))).isTrue();
  }

  @Test
  void monusco_succeeds_monuc_without_overlap() {
    Mission monuc = Mission.of("MONUC");
    Mission monusco = Mission.of("MONUSCO");

    assertThat(monuc.mandateEnd()).contains(LocalDate.of(2010, 6, 30));
    assertThat(monusco.start()).isEqualTo(LocalDate.of(2010, 7, 1));
  }

  @Test
  void catalogue_entries_carry_real_facts() {
    Mission untso = Mission.of("UNTSO");
    assertThat(untso.name()).isEqualTo("United Nations Truce Supervision Organization");
    assertThat(untso.establishedBy()).isEqualTo(SecurityCouncilResolution.of(50, 1948));
    assertThat(untso.start()).isEqualTo(LocalDate.of(1948, 5, 29));
    assertThat(untso.mandateEnd()).isEmpty();
    assertThat(untso.lastDay()).isEmpty();

    Mission unmogip = Mission.of("UNMOGIP");
    assertThat(unmogip.establishedBy()).hasToString("S/RES/47 (1948)");
    assertThat(unmogip.start()).isEqualTo(LocalDate.of(1949, 1, 24));

    assertThat(Mission.of("UNMISS").location()).isEqualTo("South Sudan");
    assertThat(Mission.of("UNDOF").location()).isEqualTo("Golan");
    assertThat(Mission.of("MINURSO").location()).isEqualTo("Western Sahara");
    assertThat(Mission.of("UNOCI").location()).isEqualTo("Côte d'Ivoire");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UNAMA", "UNAMI", "BINUB", "BNUB", "UNMIN"})
  void political_missions_in_the_data_are_classified_as_such(String acronym) {
    assertThat(Mission.of(acronym).kind()).isEqualTo(MissionKind.SPECIAL_POLITICAL_MISSION);
  }

  @Test
  void every_mission_the_council_established_starts_on_or_after_its_resolution_year() {
    assertThat(Mission.all()).allSatisfy(m -> {
      if (m.establishedBy() instanceof SecurityCouncilResolution resolution) {
        assertThat(m.start().getYear()).as(m.acronym()).isGreaterThanOrEqualTo(resolution.year());
      }
    });
  }

  @Test
  void the_two_operations_the_general_assembly_established_carry_its_resolutions() {
    assertThat(Mission.of("UNEF I").establishedBy())
        .isEqualTo(GeneralAssemblyResolution.of(1000, "ES-I"));
    assertThat(Mission.of("UNSF").establishedBy()).hasToString("A/RES/1752 (XVII)");
    assertThat(Mission.all())
        .filteredOn(m -> m.establishedBy() instanceof GeneralAssemblyResolution)
        .extracting(Mission::acronym)
        .containsExactly("UNEF I", "UNSF");
  }

  @Test
  void all_is_sorted_by_acronym_and_unmodifiable() {
    List<Mission> all = Mission.all();
    List<Mission> sorted = new ArrayList<>(all);
    sorted.sort(null);

    assertThat(all).isEqualTo(sorted).hasSize(88);
    assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_ignores_case_and_surrounding_white_space() {
    assertThat(Mission.of(" unmiss ")).isSameAs(Mission.of("UNMISS"));
  }

  @Test
  void of_rejects_unknown_acronym_naming_it() {
    assertThatThrownBy(() -> Mission.of("UNXYZ"))
        .isInstanceOf(UnknownMissionException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("acronym: no mission has the acronym 'UNXYZ'");
  }

  @Test
  void find_returns_empty_for_unknown_acronym() {
    assertThat(Mission.find("UNXYZ")).isEmpty();
    assertThat(Mission.find("minusma")).contains(Mission.of("MINUSMA"));
  }

  @Test
  void of_and_find_reject_null() {
    assertThatThrownBy(() -> Mission.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Mission.find(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void parse_reads_back_to_string_for_every_catalogued_mission() {
    assertThat(Mission.all()).allSatisfy(
        m -> assertThat(Mission.parse(m.toString())).isSameAs(m));
    assertThat(Mission.of("UNMISS")).hasToString("UNMISS");
  }

  @Test
  void builder_builds_a_mission_the_catalogue_does_not_hold() {
    Mission unmha = validBuilder().build();

    assertThat(unmha.acronym()).isEqualTo("UNMHA");
    assertThat(unmha.mandateEnd()).isEmpty();
    assertThat(unmha.withdrawalCompleted()).isEmpty();
    assertThat(unmha.operatesOn(LocalDate.of(2019, 1, 16))).isTrue();
  }

  @Test
  void a_built_mission_sharing_a_catalogued_acronym_has_no_catalogue_links() {
    Mission built = validBuilder().acronym("UNTMIS").build();

    assertThat(Mission.of("UNTMIS")).isNotEqualTo(built);
    assertThat(Mission.of("UNTMIS").predecessor()).contains(Mission.of("UNSOM"));
    assertThat(built.predecessor()).isEmpty();
    assertThat(built.successors()).isEmpty();
    assertThat(validBuilder().acronym("UNOCI").build().aliases()).isEmpty();
  }

  @Test
  void equal_when_every_attribute_is() {
    assertThat(validBuilder().build())
        .isEqualTo(validBuilder().build())
        .hasSameHashCodeAs(validBuilder().build())
        .isNotEqualTo(validBuilder().location("Yemen").build());
  }

  @Test
  void a_mission_may_end_on_the_day_it_starts() {
    Mission oneDay = validBuilder().mandateEnd(LocalDate.of(2019, 1, 16)).build();

    assertThat(oneDay.operatesOn(LocalDate.of(2019, 1, 16))).isTrue();
    assertThat(oneDay.operatesOn(LocalDate.of(2019, 1, 17))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "unmha", "UN-MHA", "UNMHÄ", "UN  MHA", " UNMHA", "UNMHA ", "UN\tMHA"})
  void rejects_acronym_other_than_words_of_upper_case_letters_and_digits(String acronym) {
    assertThatThrownBy(() -> validBuilder().acronym(acronym).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("acronym: must be upper-case letters and digits, in words separated by single"
            + " spaces, was '" + acronym + "'");
  }

  @Test
  void accepts_an_acronym_with_a_numeral_after_a_space() {
    assertThat(validBuilder().acronym("UNMHA II").build().acronym()).isEqualTo("UNMHA II");
  }

  @Test
  void rejects_blank_name() {
    assertThatThrownBy(() -> validBuilder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: must not be blank, was ' '");
  }

  @Test
  void rejects_mandate_end_before_start() {
    assertThatThrownBy(() -> validBuilder().mandateEnd(LocalDate.of(2019, 1, 15)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mandateEnd: must not be before start 2019-01-16, was 2019-01-15");
  }

  @Test
  void rejects_withdrawal_completed_before_the_mandate_ended() {
    Mission.Builder builder = validBuilder()
        .mandateEnd(LocalDate.of(2020, 1, 31))
        .withdrawalCompleted(LocalDate.of(2020, 1, 30));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("withdrawalCompleted: must not be before mandateEnd 2020-01-31, was 2020-01-30");
  }

  @Test
  void rejects_withdrawal_completed_without_a_mandate_end() {
    Mission.Builder builder = validBuilder().withdrawalCompleted(LocalDate.of(2020, 1, 30));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("withdrawalCompleted: requires a mandateEnd, was 2020-01-30 with no mandate end"
            + " (mission UNMHA)");
  }

  @Test
  void operates_until_the_mandate_end_when_no_withdrawal_is_recorded() {
    Mission mission = validBuilder().mandateEnd(LocalDate.of(2020, 1, 31)).build();

    assertThat(mission.lastDay()).contains(LocalDate.of(2020, 1, 31));
    assertThat(mission.operatesOn(LocalDate.of(2020, 1, 31))).isTrue();
    assertThat(mission.operatesOn(LocalDate.of(2020, 2, 1))).isFalse();
  }

  @Test
  void unmis_operates_after_its_mandate_until_its_withdrawal_was_completed() {
    // The bundled UN statistics count UNMIS personnel on 31 July 2011, after the mandate ended on
    // 9 July 2011: the mission still operated while it withdrew.
    Mission unmis = Mission.of("UNMIS");

    assertThat(unmis.mandateEnd()).contains(LocalDate.of(2011, 7, 9));
    assertThat(unmis.operatesOn(LocalDate.of(2011, 7, 10))).isTrue();
    assertThat(unmis.operatesOn(LocalDate.of(2011, 7, 31))).isTrue();
    assertThat(unmis.operatesOn(LocalDate.of(2011, 8, 31))).isTrue();
    assertThat(unmis.operatesOn(LocalDate.of(2011, 9, 1))).isFalse();
  }

  @Test
  void unsmis_operates_on_the_last_day_the_un_statistics_count_it() {
    Mission unsmis = Mission.of("UNSMIS");

    assertThat(unsmis.mandateEnd()).contains(LocalDate.of(2012, 8, 19));
    assertThat(unsmis.operatesOn(LocalDate.of(2012, 8, 31))).isTrue();
    assertThat(unsmis.operatesOn(LocalDate.of(2012, 9, 1))).isFalse();
  }

  @Test
  void unifil_mandate_ends_on_31_december_2026_as_decided_in_2025() {
    Mission unifil = Mission.of("UNIFIL");

    assertThat(unifil.mandateEnd()).contains(LocalDate.of(2026, 12, 31));
    assertThat(unifil.withdrawalCompleted()).isEmpty();
  }

  @Test
  void builder_names_a_missing_attribute() {
    assertThatThrownBy(() -> Mission.builder().acronym("UNMHA").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void is_active_on_rejects_null() {
    assertThatThrownBy(() -> Mission.of("UNMISS").operatesOn(null))
        .isInstanceOf(NullPointerException.class);
  }

  private static Mission.Builder validBuilder() {
    Mission.Builder builder = Mission.builder();
    builder.acronym("UNMHA")
        .name("United Nations Mission to Support the Hodeidah Agreement")
        .kind(MissionKind.SPECIAL_POLITICAL_MISSION)
        .location("Hodeidah")
        .establishedBy(SecurityCouncilResolution.of(2452, 2019))
        .start(LocalDate.of(2019, 1, 16));
    return builder;
  }

  /** The acronyms in the Mission column of the real data. */
  private static Set<String> missionsInRealData() {
    List<String> lines = TestFiles.lines(TestFiles.CONTRIBUTIONS_CSV);
    int column = TestFiles.csvFields(lines.get(0)).indexOf("Mission");
    assertThat(column).as("Mission column").isNotNegative();
    Set<String> acronyms = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        acronyms.add(TestFiles.csvFields(line).get(column));
      }
    }
    return acronyms;
  }
}
