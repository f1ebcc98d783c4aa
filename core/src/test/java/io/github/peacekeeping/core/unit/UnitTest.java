package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnitTest {

  /** A formed police unit of nominal strength deployed in UNMISS. */
  private static Unit.Builder fpu() {
    return Unit.builder()
        .id("FPU-1")
        .type(UnitType.FORMED_POLICE_UNIT)
        .contributor(MemberState.of("KOR"))
        .status(DeploymentStatus.DEPLOYED)
        .mission(Mission.of("UNMISS"))
        .personnel(PersonnelCount.of(40, 100));
  }

  private static Unit.Builder offeredBattalion() {
    return Unit.builder()
        .id("INF-1")
        .type(UnitType.INFANTRY_BATTALION)
        .contributor(MemberState.of("GBR"))
        .status(DeploymentStatus.OFFERED)
        .personnel(PersonnelCount.of(85, 765));
  }

  @Test
  void builder_keeps_every_attribute() {
    PredeploymentTraining training =
        PredeploymentTraining.builder().unMinimumStandards(true).build();
    Unit unit =
        fpu().putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
            .addPlatoon(Platoon.of("women platoon", PersonnelCount.ofWomen(35)))
            .addPlatoon(Platoon.of("2nd platoon", PersonnelCount.of(5, 30)))
            .addEngagementTeam(EngagementTeam.of("MET", PersonnelCount.of(2, 4)))
            .training(training)
            .vetted(true)
            .equipment(EquipmentStatus.SUB_STANDARD)
            .addCaveat(Caveat.declared("no crowd control outside Juba"))
            .nightFlyingCapable(true)
            .rapidDeploymentDays(60)
            .build();

    assertThat(unit.id()).isEqualTo("FPU-1");
    assertThat(unit.type()).isEqualTo(UnitType.FORMED_POLICE_UNIT);
    assertThat(unit.contributor()).isEqualTo(MemberState.of("KOR"));
    assertThat(unit.status()).isEqualTo(DeploymentStatus.DEPLOYED);
    assertThat(unit.mission()).map(Mission::acronym).contains("UNMISS");
    assertThat(unit.personnel()).isEqualTo(PersonnelCount.of(40, 100));
    assertThat(unit.role(UnitRole.GENDER_ADVISER)).isEqualTo(PersonnelCount.ofWomen(1));
    assertThat(unit.platoons()).hasSize(2).anyMatch(Platoon::isAllWomen);
    assertThat(unit.engagementTeams()).extracting(EngagementTeam::name).containsExactly("MET");
    assertThat(unit.training()).contains(training);
    assertThat(unit.vetted()).isTrue();
    assertThat(unit.equipment()).isEqualTo(EquipmentStatus.SUB_STANDARD);
    assertThat(unit.caveats()).containsExactly(Caveat.declared("no crowd control outside Juba"));
    assertThat(unit.nightFlyingCapable()).isTrue();
    assertThat(unit.rapidDeploymentDays()).hasValue(60);
  }

  @Test
  void defaults_are_not_vetted_equipment_at_standard_and_no_night_flying() {
    Unit unit = offeredBattalion().build();

    assertThat(unit.vetted()).isFalse();
    assertThat(unit.equipment()).isEqualTo(EquipmentStatus.AT_STANDARD);
    assertThat(unit.nightFlyingCapable()).isFalse();
    assertThat(unit.mission()).isEmpty();
    assertThat(unit.roles()).isEmpty();
    assertThat(unit.platoons()).isEmpty();
    assertThat(unit.engagementTeams()).isEmpty();
    assertThat(unit.caveats()).isEmpty();
    assertThat(unit.training()).isEmpty();
    assertThat(unit.rapidDeploymentDays()).isEmpty();
  }

  @Test
  void role_not_recorded_is_zero() {
    assertThat(offeredBattalion().build().role(UnitRole.NATIONAL_INVESTIGATION_OFFICER))
        .isEqualTo(PersonnelCount.ZERO);
  }

  @Test
  void policy_failures_are_constructible() {
    // An FPU with no women platoon, no gender adviser, an undeclared caveat, no training: the
    // rules module reports these, construction does not refuse them.
    Unit unit =
        fpu().addPlatoon(Platoon.of("mixed", PersonnelCount.of(1, 30)))
            .addCaveat(Caveat.undeclared("no night patrols"))
            .equipment(EquipmentStatus.NOT_DEPLOYED)
            .build();

    assertThat(unit.platoons()).noneMatch(Platoon::isAllWomen);
    assertThat(unit.role(UnitRole.GENDER_ADVISER).isZero()).isTrue();
  }

  @Test
  void rejects_blank_id() {
    assertThatThrownBy(() -> offeredBattalion().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id: must not be blank");
  }

  @Test
  void rejects_deployed_unit_without_mission() {
    Unit.Builder builder = offeredBattalion().status(DeploymentStatus.DEPLOYED);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mission: must be present when status is DEPLOYED");
  }

  @Test
  void unit_ready_to_deploy_may_name_its_mission_or_not() {
    assertThat(offeredBattalion().status(DeploymentStatus.READY_TO_DEPLOY).build().mission())
        .isEmpty();
    assertThat(
            offeredBattalion()
                .status(DeploymentStatus.READY_TO_DEPLOY)
                .mission(Mission.of("MINUSMA"))
                .build()
                .mission())
        .map(Mission::acronym)
        .contains("MINUSMA");
  }

  @Test
  void rejects_role_with_more_women_than_the_unit() {
    Unit.Builder builder =
        offeredBattalion().putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(86));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.attribute()).isEqualTo("roles");
          assertThat(e.element()).contains("GENDER_ADVISER");
        })
        .hasMessageContaining("roles[GENDER_ADVISER]: must be within the unit's personnel")
        .hasMessageContaining("was 86 women, 0 men");
  }

  @Test
  void rejects_role_with_more_men_than_the_unit_even_if_the_total_fits() {
    Unit.Builder builder =
        fpu().personnel(PersonnelCount.of(10, 1))
            .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.ofMen(2));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("roles[NATIONAL_INVESTIGATION_OFFICER]: must be within")
        .hasMessageContaining("was 0 women, 2 men");
  }

  @Test
  void accepts_role_held_by_all_the_personnel() {
    Unit unit =
        fpu().personnel(PersonnelCount.of(1, 1))
            .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.of(1, 1))
            .build();

    assertThat(unit.role(UnitRole.NATIONAL_INVESTIGATION_OFFICER)).isEqualTo(unit.personnel());
  }

  @Test
  void rejects_platoons_with_more_women_in_all_than_the_unit() {
    Unit.Builder builder =
        fpu().addPlatoon(Platoon.of("1", PersonnelCount.ofWomen(30)))
            .addPlatoon(Platoon.of("2", PersonnelCount.ofWomen(11)));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platoons: must be within the unit's personnel (40 women, 100 men)")
        .hasMessageContaining("was 41 women, 0 men");
  }

  @Test
  void rejects_platoons_with_more_men_in_all_than_the_unit() {
    Unit.Builder builder =
        fpu().addPlatoon(Platoon.of("1", PersonnelCount.ofMen(60)))
            .addPlatoon(Platoon.of("2", PersonnelCount.ofMen(41)));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platoons: must be within the unit's personnel")
        .hasMessageContaining("was 0 women, 101 men");
  }

  @Test
  void rejects_rapid_deployment_window_of_zero_days() {
    assertThatThrownBy(() -> offeredBattalion().rapidDeploymentDays(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rapidDeploymentDays: must be more than zero, was 0");
  }

  @Test
  void rapid_deployment_window_outside_30_60_90_is_constructible() {
    assertThat(offeredBattalion().rapidDeploymentDays(45).build().rapidDeploymentDays())
        .hasValue(45);
  }

  @Test
  void builder_requires_the_contributor() {
    Unit.Builder builder =
        Unit.builder()
            .id("X")
            .type(UnitType.SIGNALS_UNIT)
            .status(DeploymentStatus.OFFERED)
            .personnel(PersonnelCount.ofMen(1));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contributor");
  }

  @Test
  void units_with_equal_attributes_are_equal() {
    LocalDate day = LocalDate.of(2016, 9, 8);
    PredeploymentTraining training = PredeploymentTraining.builder().completedOn(day).build();

    assertThat(offeredBattalion().training(training).build())
        .isEqualTo(offeredBattalion().training(training).build())
        .hasSameHashCodeAs(offeredBattalion().training(training).build())
        .isNotEqualTo(offeredBattalion().build());
  }

  @Test
  void collections_cannot_be_modified() {
    Unit unit = fpu().build();

    assertThatThrownBy(() -> unit.caveats().add(Caveat.declared("x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> unit.roles().put(UnitRole.GENDER_ADVISER, PersonnelCount.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void vetting_counts_from_its_day_and_undated_vetting_counts_on_every_day() {
    java.time.LocalDate day = java.time.LocalDate.of(2016, 5, 1);
    Unit dated = fpu().vetted(true).vettedOn(day).build();
    Unit undated = fpu().vetted(true).build();

    assertThat(dated.vettedOn()).contains(day);
    assertThat(dated.isVettedBy(day.minusDays(1))).isFalse();
    assertThat(dated.isVettedBy(day)).isTrue();
    assertThat(undated.isVettedBy(day.minusYears(10))).isTrue();
    assertThat(fpu().vetted(false).build().isVettedBy(day)).isFalse();
  }

  @Test
  void rejects_a_vetting_day_on_a_unit_not_vetted() {
    Unit.Builder builder = fpu().vetted(false).vettedOn(java.time.LocalDate.of(2016, 5, 1));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("vettedOn: must be empty unless vetted is true, was 2016-05-01");
  }

  @Test
  void rejects_rapid_deployment_days_over_the_bound() {
    Unit.Builder builder = offeredBattalion().rapidDeploymentDays(Bounds.MAX_RAPID_DEPLOYMENT_DAYS + 1);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rapidDeploymentDays: must be at most 3650, was 3651");
  }

  @Test
  void platoons_at_the_bound_are_summed_without_overflow() {
    // Regression: Unit's check added platoons up with PersonnelCount.plus, which threw an
    // ArithmeticException on counts near Long.MAX_VALUE instead of the invariant's message.
    Unit.Builder builder = offeredBattalion()
        .personnel(PersonnelCount.ofMen(Bounds.MAX_PERSONNEL))
        .addPlatoon(Platoon.of("1st", PersonnelCount.ofMen(Bounds.MAX_PERSONNEL)))
        .addPlatoon(Platoon.of("2nd", PersonnelCount.ofMen(Bounds.MAX_PERSONNEL)));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platoons: must be within the unit's personnel (0 women, 1000000000 men), "
            + "women and men separately, was 0 women, 2000000000 men");
  }
}
