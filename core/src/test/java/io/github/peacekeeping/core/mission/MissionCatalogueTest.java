package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.source.TestFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue as a whole: every entry complete and consistent, variants and links resolved. */
class MissionCatalogueTest {

  /** The peacekeeping operations the UN counts since UNTSO in 1948. */
  private static final int UN_PEACEKEEPING_OPERATIONS_SINCE_1948 = 71;

  @Test
  void holds_the_71_peacekeeping_operations_the_un_counts_since_1948() {
    assertThat(Mission.all()).filteredOn(m -> m.kind() == MissionKind.PEACEKEEPING_OPERATION)
        .hasSize(UN_PEACEKEEPING_OPERATIONS_SINCE_1948);
    assertThat(Mission.all()).filteredOn(m -> m.kind() == MissionKind.SPECIAL_POLITICAL_MISSION)
        .hasSize(17);
  }

  @Test
  void the_first_operations_are_untso_and_unmogip() {
    List<Mission> byStart = new ArrayList<>(Mission.all());
    byStart.sort((a, b) -> a.start().compareTo(b.start()));

    assertThat(byStart).extracting(Mission::acronym).startsWith("UNTSO", "UNMOGIP", "UNEF I");
  }

  @Test
  void every_establishing_resolution_reads_back_from_its_symbol() {
    assertThat(Mission.all()).allSatisfy(m -> {
      assertThat(m.start()).as(m.acronym()).isNotNull();
      assertThat(Resolution.parse(m.establishedBy().toString())).as(m.acronym())
          .isEqualTo(m.establishedBy());
    });
  }

  @Test
  void every_mission_that_no_longer_operates_on_1_december_2026_has_an_end_at_or_after_its_start() {
    LocalDate asOf = LocalDate.of(2026, 12, 1);
    List<Mission> closed = Mission.all().stream().filter(m -> !m.operatesOn(asOf)).toList();

    assertThat(closed).hasSizeGreaterThan(60).allSatisfy(m -> {
      assertThat(m.lastDay()).as(m.acronym()).isPresent();
      assertThat(m.lastDay().get()).as(m.acronym()).isAfterOrEqualTo(m.start());
      assertThat(m.lastDay().get()).as(m.acronym()).isBefore(asOf);
    });
  }

  @Test
  void predecessors_and_successors_point_both_ways() {
    int links = 0;
    for (Mission mission : Mission.all()) {
      for (Mission successor : mission.successors()) {
        assertThat(successor.predecessor()).as(successor.acronym()).contains(mission);
        links++;
      }
      Optional<Mission> predecessor = mission.predecessor();
      predecessor.ifPresent(p -> assertThat(p.successors()).as(p.acronym()).contains(mission));
    }
    assertThat(links).isEqualTo(
        (int) Mission.all().stream().filter(m -> m.predecessor().isPresent()).count());
    assertThat(links).isGreaterThanOrEqualTo(25);
  }

  @Test
  void a_successor_starts_no_earlier_than_its_predecessor_and_not_long_after_it_ended() {
    assertThat(Mission.all()).allSatisfy(m -> m.predecessor().ifPresent(p -> {
      assertThat(m.start()).as(m.acronym()).isAfterOrEqualTo(p.start());
      assertThat(m.start()).as(m.acronym()).isBeforeOrEqualTo(p.lastDay().orElseThrow()
          .plusMonths(1));
    }));
  }

  @Test
  void no_chain_of_predecessors_loops() {
    assertThat(Mission.all()).allSatisfy(m -> {
      int steps = 0;
      for (Optional<Mission> p = m.predecessor(); p.isPresent(); p = p.get().predecessor()) {
        assertThat(++steps).as(m.acronym()).isLessThan(Mission.all().size());
      }
    });
  }

  @ParameterizedTest
  @CsvSource({
      "UNAVEM I, UNAVEM II", "UNAVEM II, UNAVEM III", "UNAVEM III, MONUA",
      "UNOSOM I, UNOSOM II",
      "UNMIH, UNSMIH", "UNSMIH, UNTMIH", "UNTMIH, MIPONUH",
      "MONUC, MONUSCO", "MINUSTAH, MINUJUSTH", "MINUJUSTH, BINUH",
      "UNOMSIL, UNAMSIL", "UNTAET, UNMISET", "UNSOM, UNTMIS", "MINUCI, UNOCI",
      "ONUB, BINUB", "BINUB, BNUB", "UNMC, UNVMC", "UNAMIC, UNTAC"})
  void took_over_from_its_predecessor(String predecessor, String successor) {
    assertThat(Mission.of(successor).predecessor()).contains(Mission.of(predecessor));
    assertThat(Mission.of(predecessor).successors()).contains(Mission.of(successor));
  }

  @Test
  void unprofor_divided_into_its_successors_ordered_by_start() {
    assertThat(Mission.of("UNPROFOR").successors()).extracting(Mission::acronym)
        .containsExactly("UNCRO", "UNPREDEP");
    assertThat(Mission.of("UNTSO").predecessor()).isEmpty();
    assertThat(Mission.of("UNTSO").successors()).isEmpty();
  }

  @Test
  void no_two_entries_share_an_acronym_or_alias_as_lookups_read_them() {
    Map<String, String> owner = new HashMap<>();
    for (Mission mission : Mission.all()) {
      List<String> names = new ArrayList<>(mission.aliases());
      names.add(mission.acronym());
      for (String name : names) {
        String previous = owner.put(Mission.key(name), mission.acronym());
        assertThat(previous).as(name).isNull();
        assertThat(Mission.find(name)).as(name).contains(mission);
      }
    }
    assertThat(owner).hasSizeGreaterThan(Mission.all().size());
  }

  @ParameterizedTest
  @CsvSource({
      "UNOSOM II, UNOSOM II", "UNOSOM 2, UNOSOM II", "unosom-ii, UNOSOM II", "UNOSOM2, UNOSOM II",
      "UNOSOM_1, UNOSOM I", "'  Unavem   3 ', UNAVEM III", "UNAVEM III, UNAVEM III",
      "UNEF 2, UNEF II", "ONUCI, UNOCI", "onuci, UNOCI", "FINUL, UNIFIL", "MINUAD, UNAMID",
      "FORPRONU, UNPROFOR", "APRONUC, UNTAC", "UNTEA, UNSF", "UNCPSG, UNPSG", "UNAMI, UNAMI",
      "MANUI, UNAMI"})
  void find_resolves_numerals_spacing_and_french_acronyms(String text, String acronym) {
    assertThat(Mission.find(text)).as(text).contains(Mission.of(acronym));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UNOSOMII", "UNAVEM IV", "UNOSOM 3", "UNAVEM 0", "UNAM I"})
  void find_does_not_guess_a_numeral_the_catalogue_does_not_hold(String text) {
    assertThat(Mission.find(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UNAVEM", "UNOSOM", "UNEF", "unavem"})
  void a_family_name_resolves_to_no_single_mission(String name) {
    assertThat(Mission.find(name)).isEmpty();
    assertThat(Mission.family(name)).hasSizeGreaterThan(1);
  }

  @Test
  void family_lists_its_members_by_start_for_the_caller_to_choose() {
    assertThat(Mission.family("UNAVEM")).extracting(Mission::acronym)
        .containsExactly("UNAVEM I", "UNAVEM II", "UNAVEM III");
    assertThat(Mission.family("UNOSOM")).extracting(Mission::acronym)
        .containsExactly("UNOSOM I", "UNOSOM II");
    assertThat(Mission.family(" unef ")).extracting(Mission::acronym)
        .containsExactly("UNEF I", "UNEF II");
    assertThat(Mission.family("UNAVEM")).filteredOn(m -> m.operatesOn(LocalDate.of(1993, 6, 30)))
        .extracting(Mission::acronym).containsExactly("UNAVEM II");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UNMISS", "MONUA", "UNAVEM II", "XYZ", ""})
  void family_of_a_name_that_is_no_family_is_empty(String name) {
    assertThat(Mission.family(name)).isEmpty();
  }

  @Test
  void aliases_are_the_catalogue_s_other_acronyms() {
    assertThat(Mission.of("UNOCI").aliases()).containsExactly("ONUCI");
    assertThat(Mission.of("UNMISS").aliases()).containsExactly("MINUSS");
    assertThat(Mission.of("MINUSTAH").aliases()).isEmpty();
  }

  @Test
  void every_acronym_in_the_bundled_data_resolves() {
    List<String> lines = TestFiles.lines(TestFiles.CONTRIBUTIONS_CSV);
    int column = TestFiles.csvFields(lines.get(0)).indexOf("Mission");
    assertThat(lines.subList(1, lines.size())).filteredOn(line -> !line.isBlank())
        .allSatisfy(line -> {
          String acronym = TestFiles.csvFields(line).get(column);
          assertThat(Mission.find(acronym)).as(acronym).isPresent();
        });
  }

  @Test
  void every_acronym_the_issue_names_as_unresolved_now_resolves() {
    assertThat(List.of("UNTAC", "UNPROFOR", "UNAMIR", "UNOSOM II", "ONUMOZ", "UNAMSIL", "UNMEE",
        "UNMIBH", "UNMISET", "UNIKOM"))
        .allSatisfy(acronym -> assertThat(Mission.find(acronym)).as(acronym).isPresent());
  }
}
