package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MandateTest {

  // UNMISS's four pillars as S/RES/2729 (2024) renewed them, in the resolution's order.
  static final MandatedTask POC =
      MandatedTask.of("Protection of civilians", MandatedTaskKind.PROTECTION_OF_CIVILIANS);
  static final MandatedTask HUMANITARIAN = MandatedTask.of(
      "Creating the conditions conducive to the delivery of humanitarian assistance",
      MandatedTaskKind.HUMANITARIAN_ACCESS);
  static final MandatedTask PEACE_PROCESS = MandatedTask.of(
      "Supporting the implementation of the Revitalized Agreement and the peace process",
      MandatedTaskKind.POLITICAL_PROCESS);
  static final MandatedTask HUMAN_RIGHTS = MandatedTask.of(
      "Monitoring, investigating and reporting on violations of international humanitarian law"
          + " and violations and abuses of human rights", MandatedTaskKind.HUMAN_RIGHTS);

  /** UNMISS's troop ceiling under S/RES/2729 (2024): 17,000. */
  static final AuthorisedCeiling TROOPS = AuthorisedCeiling.ofMilitary(17_000);

  /**
   * UNMISS's police ceiling under S/RES/2729 (2024): 2,101 personnel, formed and individual police
   * together, including 88 justice and corrections advisers.
   */
  static final AuthorisedCeiling POLICE = AuthorisedCeiling.of(2_101, EnumSet.of(
      PersonnelCategory.FORMED_POLICE_UNITS,
      PersonnelCategory.INDIVIDUAL_POLICE,
      PersonnelCategory.JUSTICE_AND_CORRECTIONS));

  /** UNMISS's mandate of S/RES/2729 (2024), with its troop and police ceilings. */
  static Mandate.Builder unmiss2024() {
    Mandate.Builder builder = Mandate.builder();
    builder.mission(Mission.of("UNMISS"))
        .authorisedBy(SecurityCouncilResolution.parse("S/RES/2729 (2024)"))
        .period(MandatePeriod.parse("2024-04-30/2025-04-30"))
        .addTasks(POC, HUMANITARIAN, PEACE_PROCESS, HUMAN_RIGHTS)
        .addCeilings(TROOPS, POLICE);
    return builder;
  }

  @Test
  void keeps_tasks_in_the_order_given() {
    Mandate mandate = Mandate.builder().from(unmiss2024().build())
        .tasks(List.of(HUMAN_RIGHTS, POC)).build();

    assertThat(unmiss2024().build().tasks())
        .containsExactly(POC, HUMANITARIAN, PEACE_PROCESS, HUMAN_RIGHTS);
    assertThat(mandate.tasks()).containsExactly(HUMAN_RIGHTS, POC);
  }

  @Test
  void keeps_every_attribute() {
    Mandate mandate = unmiss2024().build();

    assertThat(mandate.mission()).isSameAs(Mission.of("UNMISS"));
    assertThat(mandate.authorisedBy()).hasToString("S/RES/2729 (2024)");
    assertThat(mandate.period()).hasToString("2024-04-30/2025-04-30");
    assertThat(mandate.ceilings()).containsExactly(TROOPS, POLICE);
  }

  @Test
  void ceiling_for_a_category_is_the_component_ceiling_covering_it() {
    Mandate mandate = unmiss2024().build();

    assertThat(mandate.ceilingFor(PersonnelCategory.CONTINGENT_TROOPS)).containsSame(TROOPS);
    assertThat(mandate.ceilingFor(PersonnelCategory.MILITARY_OBSERVERS)).containsSame(TROOPS);
    assertThat(mandate.ceilingFor(PersonnelCategory.FORMED_POLICE_UNITS)).containsSame(POLICE);
    assertThat(mandate.ceilingFor(PersonnelCategory.INDIVIDUAL_POLICE)).containsSame(POLICE);
    assertThat(mandate.ceilingFor(PersonnelCategory.JUSTICE_AND_CORRECTIONS)).containsSame(POLICE);
  }

  @Test
  void ceiling_is_empty_for_a_category_without_one() {
    Mandate mandate = unmiss2024().ceilings(List.of(POLICE)).build();

    assertThat(mandate.ceilingFor(PersonnelCategory.CONTINGENT_TROOPS)).isEmpty();
    assertThat(mandate.ceilingFor(PersonnelCategory.INDIVIDUAL_POLICE)).containsSame(POLICE);
    assertThatThrownBy(() -> mandate.ceilingFor(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void includes_protection_of_civilians_when_a_task_is_of_that_kind() {
    assertThat(unmiss2024().build().includesProtectionOfCivilians()).isTrue();
    Mandate withoutPoc =
        Mandate.builder().from(unmiss2024().build()).tasks(List.of(PEACE_PROCESS)).build();

    assertThat(withoutPoc.includesProtectionOfCivilians()).isFalse();
  }

  @Test
  void may_have_no_tasks_and_no_ceilings() {
    Mandate mandate = Mandate.builder()
        .mission(Mission.of("UNTSO"))
        .authorisedBy(SecurityCouncilResolution.of(50, 1948))
        .period(MandatePeriod.parse("1948-05-29/1948-12-31"))
        .build();

    assertThat(mandate.tasks()).isEmpty();
    assertThat(mandate.ceilings()).isEmpty();
    assertThat(mandate.includesProtectionOfCivilians()).isFalse();
  }

  @Test
  void accepts_a_zero_ceiling() {
    AuthorisedCeiling none = AuthorisedCeiling.of(0, PersonnelCategory.CONTINGENT_TROOPS);
    Mandate mandate = unmiss2024().ceilings(List.of(none)).build();

    assertThat(mandate.ceilingFor(PersonnelCategory.CONTINGENT_TROOPS)).contains(none);
  }

  @Test
  void rejects_a_category_covered_by_two_ceilings() {
    assertThatThrownBy(() -> unmiss2024()
        .addCeiling(AuthorisedCeiling.of(88, PersonnelCategory.JUSTICE_AND_CORRECTIONS))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "ceilings: JUSTICE_AND_CORRECTIONS must not be covered by two ceilings, was [")
        .hasMessageContaining("up to 88 of JUSTICE_AND_CORRECTIONS");
  }

  @Test
  void rejects_the_same_ceiling_twice() {
    assertThatThrownBy(() -> unmiss2024().addCeiling(TROOPS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ceilings: CONTINGENT_TROOPS must not be covered by two ceilings");
  }

  @Test
  void rejects_a_null_ceiling() {
    assertThatThrownBy(() -> unmiss2024().addCeiling(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void builder_names_a_missing_attribute() {
    assertThatThrownBy(() -> Mandate.builder().mission(Mission.of("UNMISS")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("authorisedBy")
        .hasMessageContaining("period");
  }

  @Test
  void collections_are_unmodifiable() {
    Mandate mandate = unmiss2024().build();

    assertThatThrownBy(() -> mandate.tasks().add(POC))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mandate.ceilings().add(TROOPS))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mandate.ceilings().get(0).categories()
        .add(PersonnelCategory.INDIVIDUAL_POLICE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equal_when_every_attribute_is() {
    assertThat(unmiss2024().build())
        .isEqualTo(unmiss2024().build())
        .hasSameHashCodeAs(unmiss2024().build())
        .isNotEqualTo(unmiss2024().ceilings(List.of(POLICE, TROOPS)).build())
        .isNotEqualTo(unmiss2024().ceilings(List.of(TROOPS)).build());
  }
}
