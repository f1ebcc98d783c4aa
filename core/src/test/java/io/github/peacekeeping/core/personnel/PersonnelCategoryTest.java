package io.github.peacekeeping.core.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonnelCategoryTest {

  @Test
  void reads_the_labels_of_the_un_data_files() {
    assertThat(PersonnelCategory.fromUnLabel("Troops"))
        .isEqualTo(PersonnelCategory.CONTINGENT_TROOPS);
    assertThat(PersonnelCategory.fromUnLabel("Staff Officer"))
        .isEqualTo(PersonnelCategory.STAFF_OFFICERS);
    assertThat(PersonnelCategory.fromUnLabel("Experts on Mission"))
        .isEqualTo(PersonnelCategory.MILITARY_OBSERVERS);
    assertThat(PersonnelCategory.fromUnLabel("Formed Police Units"))
        .isEqualTo(PersonnelCategory.FORMED_POLICE_UNITS);
    assertThat(PersonnelCategory.fromUnLabel("Individual Police"))
        .isEqualTo(PersonnelCategory.INDIVIDUAL_POLICE);
  }

  @Test
  void ignores_case_and_surrounding_white_space() {
    assertThat(PersonnelCategory.fromUnLabel("  formed POLICE units "))
        .isEqualTo(PersonnelCategory.FORMED_POLICE_UNITS);
  }

  @Test
  void accepts_the_plural_staff_officers() {
    assertThat(PersonnelCategory.fromUnLabel("Staff Officers"))
        .isEqualTo(PersonnelCategory.STAFF_OFFICERS);
  }

  @Test
  void rejects_plurals_that_are_not_labels() {
    // Regression: any label followed by "s" used to be accepted.
    assertThatThrownBy(() -> PersonnelCategory.fromUnLabel("Troopss"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label: no personnel category is labelled 'Troopss'");
    assertThatThrownBy(() -> PersonnelCategory.fromUnLabel("Experts on Missions"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Experts on Missions'");
  }

  @Test
  void unLabel_reads_back_through_fromUnLabel() {
    for (PersonnelCategory category : PersonnelCategory.values()) {
      assertThat(PersonnelCategory.fromUnLabel(category.unLabel())).isEqualTo(category);
    }
  }

  @Test
  void rejects_unknown_label_with_its_text() {
    assertThatThrownBy(() -> PersonnelCategory.fromUnLabel("Civilians"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label: no personnel category is labelled 'Civilians'");
  }

  @Test
  void rejects_null_label() {
    assertThatThrownBy(() -> PersonnelCategory.fromUnLabel(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("label");
  }

  @Test
  void tells_military_from_police() {
    assertThat(PersonnelCategory.CONTINGENT_TROOPS.isMilitary()).isTrue();
    assertThat(PersonnelCategory.STAFF_OFFICERS.isMilitary()).isTrue();
    assertThat(PersonnelCategory.MILITARY_OBSERVERS.isMilitary()).isTrue();
    assertThat(PersonnelCategory.FORMED_POLICE_UNITS.isPolice()).isTrue();
    assertThat(PersonnelCategory.INDIVIDUAL_POLICE.isPolice()).isTrue();
    assertThat(PersonnelCategory.FORMED_POLICE_UNITS.isMilitary()).isFalse();
    assertThat(PersonnelCategory.CONTINGENT_TROOPS.isPolice()).isFalse();
    assertThat(PersonnelCategory.JUSTICE_AND_CORRECTIONS.isMilitary()).isFalse();
    assertThat(PersonnelCategory.JUSTICE_AND_CORRECTIONS.isPolice()).isFalse();
  }
}
