package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.util.List;
import java.util.Map;
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

  /**
   * UNMISS's mandate of S/RES/2729 (2024). The Council set a troop ceiling of 17,000 and a police
   * ceiling of 2,101 (individual and formed police together, with 88 justice and corrections
   * advisers), which no single category holds, so only the troop ceiling is recorded.
   */
  static Mandate.Builder unmiss2024() {
    Mandate.Builder builder = Mandate.builder();
    builder.mission(Mission.of("UNMISS"))
        .authorisedBy(SecurityCouncilResolution.parse("S/RES/2729 (2024)"))
        .period(MandatePeriod.parse("2024-04-30/2025-04-30"))
        .addTasks(POC, HUMANITARIAN, PEACE_PROCESS, HUMAN_RIGHTS)
        .putCeiling(PersonnelCategory.CONTINGENT_TROOPS, 17_000L);
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
    assertThat(mandate.ceilings())
        .containsOnly(Map.entry(PersonnelCategory.CONTINGENT_TROOPS, 17_000L));
  }

  @Test
  void ceiling_is_empty_for_a_category_without_one() {
    Mandate mandate = unmiss2024().build();

    assertThat(mandate.ceiling(PersonnelCategory.CONTINGENT_TROOPS)).hasValue(17_000L);
    assertThat(mandate.ceiling(PersonnelCategory.MILITARY_OBSERVERS)).isEmpty();
    assertThatThrownBy(() -> mandate.ceiling(null)).isInstanceOf(NullPointerException.class);
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
    Mandate mandate = unmiss2024().putCeiling(PersonnelCategory.MILITARY_OBSERVERS, 0L).build();

    assertThat(mandate.ceiling(PersonnelCategory.MILITARY_OBSERVERS)).hasValue(0L);
  }

  @Test
  void rejects_negative_ceiling() {
    assertThatThrownBy(
        () -> unmiss2024().putCeiling(PersonnelCategory.INDIVIDUAL_POLICE, -1L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ceilings: the ceiling for INDIVIDUAL_POLICE must not be negative, was -1");
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
    assertThatThrownBy(() -> mandate.ceilings().put(PersonnelCategory.STAFF_OFFICERS, 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equal_when_every_attribute_is() {
    assertThat(unmiss2024().build())
        .isEqualTo(unmiss2024().build())
        .hasSameHashCodeAs(unmiss2024().build())
        .isNotEqualTo(unmiss2024().putCeiling(PersonnelCategory.INDIVIDUAL_POLICE, 1L).build());
  }
}
