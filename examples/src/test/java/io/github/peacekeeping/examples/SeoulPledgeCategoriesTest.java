package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeoulPledgeCategoriesTest {

  private static final MemberState KOREA = MemberState.fromName("Republic of Korea");
  private static final MemberState GHANA = MemberState.fromName("Ghana");
  private static final MemberState NORWAY = MemberState.fromName("Norway");
  private static final MemberState SERBIA = MemberState.fromName("Serbia");
  private static final MemberState NEPAL = MemberState.fromName("Nepal");

  private static Pledge.Builder seoul(String id) {
    return Pledge.builder().id(id).conference(Conference.SEOUL_2021)
        .pledgedOn(Conference.SEOUL_2021.date());
  }

  /**
   * A hand-made registry with known answers: Korea pledges twice in MEDICAL (counts once) and
   * donates to Nepal (Nepal does not pledge); Norway and Serbia pledge jointly (both count); the
   * EU's pledge and Ghana's London pledge do not count.
   */
  private static List<Pledge> registry() {
    return List.of(
        seoul("A").contributor(KOREA).addCategory(PledgeCategory.MEDICAL).build(),
        seoul("B").contributor(KOREA).addAllCategories(List.of(PledgeCategory.MEDICAL,
            PledgeCategory.TECHNOLOGY)).build(),
        seoul("C").arrangement(Donation.of(KOREA, NEPAL))
            .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES).build(),
        seoul("D").arrangement(JointPledge.of(List.of(NORWAY, SERBIA)))
            .addAllCategories(List.of(PledgeCategory.MEDICAL,
                PledgeCategory.WOMEN_IN_PEACEKEEPING)).build(),
        seoul("E").contributor(InternationalOrganisation.of("EU"))
            .addCategory(PledgeCategory.TRAINING_AND_CAPACITY_BUILDING).build(),
        Pledge.builder().id("F").contributor(GHANA).conference(Conference.LONDON_2016)
            .pledgedOn(Conference.LONDON_2016.date())
            .addCategory(PledgeCategory.ENVIRONMENTAL_FOOTPRINT).build(),
        seoul("G").contributor(GHANA).build());
  }

  @Test
  void counts_distinct_member_states_per_category_at_seoul_only() {
    SeoulPledgeCategories.Counts counts = SeoulPledgeCategories.count(registry());
    assertThat(counts.memberStates()).containsExactlyInAnyOrder(KOREA, NORWAY, SERBIA, GHANA);
    assertThat(counts.byCategory().get(PledgeCategory.MEDICAL))
        .containsExactlyInAnyOrder(KOREA, NORWAY, SERBIA);
    assertThat(counts.count(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)).isEqualTo(1);
    assertThat(counts.count(PledgeCategory.TECHNOLOGY)).isEqualTo(1);
    assertThat(counts.count(PledgeCategory.WOMEN_IN_PEACEKEEPING)).isEqualTo(2);
    assertThat(counts.count(PledgeCategory.TRAINING_AND_CAPACITY_BUILDING)).isZero();
    assertThat(counts.count(PledgeCategory.ENVIRONMENTAL_FOOTPRINT)).isZero();
  }

  @Test
  void an_empty_registry_counts_zero_everywhere() {
    SeoulPledgeCategories.Counts counts = SeoulPledgeCategories.count(List.of());
    assertThat(counts.memberStates()).isEmpty();
    assertThat(counts.byCategory()).hasSize(PledgeCategory.values().length)
        .allSatisfy((category, states) -> assertThat(states).isEmpty());
  }

  @Test
  void reads_the_press_release_figures_from_the_seed_text() throws IOException {
    List<String> lines =
        Files.readAllLines(BundledData.seoulPressRelease(), StandardCharsets.UTF_8);
    Map<String, SeoulPledgeCategories.Figure> figures =
        SeoulPledgeCategories.pressReleaseFigures(lines);
    assertThat(figures).hasSize(6);
    assertThat(figures.get(SeoulPledgeCategories.NEW_PLEDGES).value()).isEqualTo(62);
    assertThat(figures.get(SeoulPledgeCategories.NEW_PLEDGES).text()).startsWith("Sixty-two");
    assertThat(figures.get("MILITARY_AND_POLICE_CAPABILITIES").value()).isEqualTo(36);
    assertThat(figures.get("TRAINING_AND_CAPACITY_BUILDING").value()).isEqualTo(45);
    assertThat(figures.get("MEDICAL").value()).isEqualTo(18);
    assertThat(figures.get("WOMEN_IN_PEACEKEEPING").value()).isEqualTo(23);
    assertThat(figures.get("ENVIRONMENTAL_FOOTPRINT").value()).isEqualTo(7);
    figures.values().forEach(f -> assertThat(lines.get(f.line() - 1).strip()).isEqualTo(f.text()));
  }

  @Test
  void reads_numbers_in_digits_and_words() {
    assertThat(SeoulPledgeCategories.number("36")).isEqualTo(36);
    assertThat(SeoulPledgeCategories.number("Seven")).isEqualTo(7);
    assertThat(SeoulPledgeCategories.number("Sixty-two")).isEqualTo(62);
    assertThat(SeoulPledgeCategories.number("Seventy")).isEqualTo(70);
    assertThatThrownBy(() -> SeoulPledgeCategories.number("Many"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text: not a number, was 'Many'");
  }

  @Test
  void a_figure_missing_from_the_text_is_reported() {
    assertThatThrownBy(() -> SeoulPledgeCategories.pressReleaseFigures(List.of("nothing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no figure found in the press release");
  }

  @Test
  void run_prints_both_columns_and_says_no_real_registry_is_bundled() throws IOException {
    List<String> lines =
        Files.readAllLines(BundledData.seoulPressRelease(), StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeoulPledgeCategories.run(lines, "004.txt", registry(), "the test registry",
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("No real per-state registry of the Seoul pledges is bundled")
        .containsPattern("Member States with new pledges +62 +4 ")
        .containsPattern("MEDICAL +18 +3 ")
        .containsPattern("TECHNOLOGY +not given +1 ");
  }

  @Test
  void main_runs_on_the_illustrative_registry() {
    SeoulPledgeCategories.main(new String[0]);
  }
}
