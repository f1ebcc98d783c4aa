package io.github.peacekeeping.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.core.source.TestFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {

  private static String normalised(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  @Test
  void ldn16_quotes_occur_verbatim_in_the_london_communique() {
    String communique = normalised(TestFiles.read(TestFiles.LONDON_COMMUNIQUE));
    List<String> quotes = new ArrayList<>();
    Targets.genderTargets().stream()
        .filter(t -> t.citation().document() == SourceDocument.LDN16)
        .forEach(t -> quotes.add(t.citation().quote()));
    Targets.readinessTargets().stream()
        .filter(t -> t.citation().document() == SourceDocument.LDN16)
        .forEach(t -> quotes.add(t.citation().quote()));

    assertThat(quotes).hasSize(5);
    for (String quote : quotes) {
      assertThat(communique).as("LDN16 quote").contains(normalised(quote));
    }
  }

  @Test
  void ldn16_readiness_targets() {
    assertThat(Targets.LDN16_LEVEL3_12000.id()).isEqualTo("LDN16-LEVEL3-12000");
    assertThat(Targets.LDN16_LEVEL3_12000.minimumLevel()).isEqualTo(ReadinessLevel.LEVEL_3);
    assertThat(Targets.LDN16_LEVEL3_12000.minimumPersonnel()).isEqualTo(12_000);
    assertThat(Targets.LDN16_LEVEL3_12000.deadline()).contains(LocalDate.of(2016, 12, 31));

    assertThat(Targets.LDN16_RDL_4000.id()).isEqualTo("LDN16-RDL-4000");
    assertThat(Targets.LDN16_RDL_4000.minimumLevel()).isEqualTo(ReadinessLevel.RAPID_DEPLOYMENT);
    assertThat(Targets.LDN16_RDL_4000.minimumPersonnel()).isEqualTo(4_000);
    assertThat(Targets.LDN16_RDL_4000.deadline()).contains(LocalDate.of(2016, 12, 31));

    assertThat(Targets.readinessTargets())
        .containsExactly(Targets.LDN16_LEVEL3_12000, Targets.LDN16_RDL_4000);
  }

  @Test
  void ldn16_women_police_20_is_due_by_the_end_of_2014_as_the_global_effort_set() {
    ShareTarget target = Targets.LDN16_WOMEN_POLICE_20;

    assertThat(target.id()).isEqualTo("LDN16-WOMEN-POLICE-20");
    assertThat(target.minimumShare()).isEqualTo(Share.ofPercent(20));
    assertThat(target.categories())
        .containsExactlyInAnyOrder(
            PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCategory.INDIVIDUAL_POLICE);
    assertThat(target.deadline()).contains(LocalDate.of(2014, 12, 31));
    assertThat(target.citation().document()).isEqualTo(SourceDocument.LDN16);
  }

  @Test
  void ldn16_women_so_mo_15_by_end_of_2017() {
    ShareTarget target = Targets.LDN16_WOMEN_SO_MO_15;

    assertThat(target.id()).isEqualTo("LDN16-WOMEN-SO-MO-15");
    assertThat(target.minimumShare()).isEqualTo(Share.ofPercent(15));
    assertThat(target.categories())
        .containsExactlyInAnyOrder(
            PersonnelCategory.STAFF_OFFICERS, PersonnelCategory.MILITARY_OBSERVERS);
    assertThat(target.deadline()).contains(LocalDate.of(2017, 12, 31));
    assertThat(target.citation().quote()).contains("15% of such roles");
  }

  @Test
  void ldn16_double_women_2020() {
    GrowthTarget target = Targets.LDN16_DOUBLE_WOMEN_2020;

    assertThat(target.id()).isEqualTo("LDN16-DOUBLE-WOMEN-2020");
    assertThat(target.factor()).isEqualTo(2);
    assertThat(target.categories())
        .containsExactlyInAnyOrder(
            PersonnelCategory.CONTINGENT_TROOPS, PersonnelCategory.FORMED_POLICE_UNITS);
    assertThat(target.deadline()).contains(LocalDate.of(2020, 12, 31));
    assertThat(target.citation().quote()).contains("double the numbers of women");
  }

  @Test
  void ugps28_end_point_targets() {
    assertUgps28(Targets.UGPS28_MILITARY_CONTINGENTS, 15, PersonnelCategory.CONTINGENT_TROOPS);
    assertUgps28(
        Targets.UGPS28_STAFF_OFFICERS_AND_OBSERVERS,
        25,
        PersonnelCategory.STAFF_OFFICERS,
        PersonnelCategory.MILITARY_OBSERVERS);
    assertUgps28(Targets.UGPS28_FORMED_POLICE_UNITS, 20, PersonnelCategory.FORMED_POLICE_UNITS);
    assertUgps28(Targets.UGPS28_INDIVIDUAL_POLICE, 30, PersonnelCategory.INDIVIDUAL_POLICE);
  }

  private static void assertUgps28(
      ShareTarget target, int percent, PersonnelCategory... categories) {
    assertThat(target.id()).isEqualTo("UGPS28-TARGETS");
    assertThat(target.minimumShare()).isEqualTo(Share.ofPercent(percent));
    assertThat(target.categories()).containsExactlyInAnyOrder(categories);
    assertThat(target.deadline()).contains(LocalDate.of(2028, 12, 31));
    assertThat(target.citation().document()).isEqualTo(SourceDocument.UGPS28);
    assertThat(target.citation().quote()).contains(percent + "%");
  }

  @Test
  void gender_targets_lists_every_gender_constant_once() {
    assertThat(Targets.genderTargets())
        .containsExactly(
            Targets.LDN16_WOMEN_POLICE_20,
            Targets.LDN16_WOMEN_SO_MO_15,
            Targets.LDN16_DOUBLE_WOMEN_2020,
            Targets.UGPS28_MILITARY_CONTINGENTS,
            Targets.UGPS28_STAFF_OFFICERS_AND_OBSERVERS,
            Targets.UGPS28_FORMED_POLICE_UNITS,
            Targets.UGPS28_INDIVIDUAL_POLICE)
        .doesNotHaveDuplicates();
  }

  @Test
  void lists_are_unmodifiable() {
    List<GenderTarget> gender = Targets.genderTargets();
    List<ReadinessTarget> readiness = Targets.readinessTargets();

    assertThatThrownBy(() -> gender.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> readiness.clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
