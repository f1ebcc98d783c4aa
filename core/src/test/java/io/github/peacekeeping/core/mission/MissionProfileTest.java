package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MissionProfileTest {

  private static MissionProfile.Builder profile() {
    MissionProfile.Builder builder = MissionProfile.builder();
    builder.mission(Mission.of("UNMISS"))
        .addMandate(MandateTest.unmiss2024().build())
        .asOf(LocalDate.of(2024, 11, 30));
    return builder;
  }

  @Test
  void keeps_every_attribute() {
    MissionProfile profile = profile()
        .addCapability(MissionCapability.JOINT_OPERATIONS_CENTRE)
        .putDeployed(PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCount.of(150, 700))
        .build();

    assertThat(profile.mission()).isSameAs(Mission.of("UNMISS"));
    assertThat(profile.mandates()).hasSize(1);
    assertThat(profile.mandateInForce().orElseThrow().authorisedBy())
        .hasToString("S/RES/2729 (2024)");
    assertThat(profile.asOf()).isEqualTo(LocalDate.of(2024, 11, 30));
    assertThat(profile.capabilities()).containsExactly(MissionCapability.JOINT_OPERATIONS_CENTRE);
    assertThat(profile.deployed(PersonnelCategory.FORMED_POLICE_UNITS))
        .isEqualTo(PersonnelCount.of(150, 700));
  }

  @Test
  void deployed_is_zero_for_a_category_without_record() {
    assertThat(profile().build().deployed(PersonnelCategory.MILITARY_OBSERVERS))
        .isEqualTo(PersonnelCount.ZERO);
    assertThat(profile().build().deployed()).isEmpty();
  }

  @Test
  void rejects_a_mandate_of_another_mission() {
    Mandate minusma = Mandate.builder()
        .mission(Mission.of("MINUSMA"))
        .authorisedBy(SecurityCouncilResolution.of(2100, 2013))
        .period(MandatePeriod.parse("2013-07-01/2014-06-30"))
        .build();

    assertThatThrownBy(() -> MissionProfile.builder().mission(Mission.of("UNMISS"))
            .addMandate(minusma).asOf(LocalDate.of(2014, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mandates[0]: must be a mandate of UNMISS, was a mandate of MINUSMA");
  }

  @Test
  void exceeding_a_ceiling_is_policy_not_an_invariant() {
    MissionProfile profile = profile()
        .putDeployed(PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(1_000, 17_000))
        .build();

    assertThat(profile.mandateInForce().orElseThrow().ceilingFor(PersonnelCategory.CONTINGENT_TROOPS).orElseThrow()
        .isExceededBy(profile.deployed())).isTrue();
  }

  @Test
  void police_ceiling_counts_formed_and_individual_police_together() {
    // Neither category alone reaches UNMISS's 2,101, but together they pass it.
    MissionProfile profile = profile()
        .putDeployed(PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCount.of(150, 1_000))
        .putDeployed(PersonnelCategory.INDIVIDUAL_POLICE, PersonnelCount.of(300, 652))
        .build();
    AuthorisedCeiling police =
        profile.mandateInForce().orElseThrow().ceilingFor(PersonnelCategory.INDIVIDUAL_POLICE).orElseThrow();

    assertThat(police.deployedWithin(profile.deployed())).isEqualTo(2_102);
    assertThat(police.isExceededBy(profile.deployed())).isTrue();
  }

  @Test
  void missing_protection_capabilities_is_policy_not_an_invariant() {
    MissionProfile profile = profile().build();

    assertThat(profile.mandateInForce().orElseThrow().includesProtectionOfCivilians()).isTrue();
    assertThat(profile.capabilities()).isEmpty();
  }

  @Test
  void builder_names_a_missing_attribute() {
    assertThatThrownBy(() -> MissionProfile.builder().mission(Mission.of("UNMISS")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("asOf");
  }

  @Test
  void rejects_a_profile_without_mandates() {
    MissionProfile.Builder builder =
        MissionProfile.builder().mission(Mission.of("UNMISS")).asOf(LocalDate.of(2024, 11, 30));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mandates: must not be empty, was [] (UNMISS)");
  }

  private static Mandate unmiss(String resolution, String period) {
    return Mandate.builder().from(MandateTest.unmiss2024().build())
        .authorisedBy(SecurityCouncilResolution.parse(resolution))
        .period(MandatePeriod.parse(period))
        .build();
  }

  @Test
  void mandate_in_force_is_the_one_whose_period_covers_the_day() {
    Mandate y2024 = unmiss("S/RES/2729 (2024)", "2024-04-30/2025-04-30");
    Mandate y2025 = unmiss("S/RES/2779 (2025)", "2025-05-01/2026-04-30");
    MissionProfile profile = MissionProfile.builder().mission(Mission.of("UNMISS"))
        .addMandates(y2024, y2025).asOf(LocalDate.of(2025, 5, 1)).build();

    assertThat(profile.mandateOn(LocalDate.of(2024, 4, 29))).isEmpty();
    assertThat(profile.mandateOn(LocalDate.of(2024, 4, 30))).contains(y2024);
    assertThat(profile.mandateOn(LocalDate.of(2025, 4, 30))).contains(y2024);
    assertThat(profile.mandateOn(LocalDate.of(2025, 5, 1))).contains(y2025);
    assertThat(profile.mandateOn(LocalDate.of(2026, 4, 30))).contains(y2025);
    assertThat(profile.mandateOn(LocalDate.of(2026, 5, 1))).isEmpty();
    assertThat(profile.mandateInForce()).contains(y2025);
  }

  @Test
  void rejects_mandates_whose_periods_overlap_or_are_out_of_order() {
    Mandate y2024 = unmiss("S/RES/2729 (2024)", "2024-04-30/2025-04-30");
    Mandate overlapping = unmiss("S/RES/2779 (2025)", "2025-04-30/2026-04-30");
    MissionProfile.Builder builder = MissionProfile.builder().mission(Mission.of("UNMISS"))
        .addMandates(y2024, overlapping).asOf(LocalDate.of(2025, 5, 1));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mandates[1]: must start after the mandate before it ends"
            + " (2024-04-30/2025-04-30), was 2025-04-30/2026-04-30");
  }

  @Test
  void collections_are_unmodifiable() {
    MissionProfile profile = profile().build();

    assertThatThrownBy(() -> profile.capabilities().add(MissionCapability.POC_ADVISERS))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> profile.deployed()
        .put(PersonnelCategory.STAFF_OFFICERS, PersonnelCount.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equal_when_every_attribute_is() {
    assertThat(profile().build())
        .isEqualTo(profile().build())
        .hasSameHashCodeAs(profile().build())
        .isNotEqualTo(profile().asOf(LocalDate.of(2024, 12, 31)).build());
  }
}
