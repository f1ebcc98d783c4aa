package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PledgeTest {

  private static final MemberState NORWAY = MemberState.fromName("Norway");
  private static final MemberState SERBIA = MemberState.fromName("Serbia");
  private static final MemberState KOR = MemberState.of("KOR");
  // Illustrative contributors where no real pledge is meant.
  private static final MemberState GBR = MemberState.of("GBR");
  private static final MemberState USA = MemberState.of("USA");

  /**
   * Illustrative: the seed gives no date for the hospital pledge; this one only falls within
   * MINURCAT's life.
   */
  private static final LocalDate HOSPITAL_PLEDGED_ON = LocalDate.of(2009, 1, 1);

  private static Unit.Builder unit(
      String id, UnitType type, MemberState contributor, PersonnelCount personnel) {
    return Unit.builder()
        .id(id)
        .type(type)
        .contributor(contributor)
        .status(DeploymentStatus.OFFERED)
        .personnel(personnel);
  }

  /** SEO21: the host pledged to donate 16 helicopters to partner countries. */
  private static Pledge koreanHelicopterDonation() {
    return Pledge.builder()
        .id("SEO21-KOR-HELICOPTERS")
        .arrangement(Donation.of(KOR, Optional.empty()))
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .conference(Conference.SEOUL_2021)
        .pledgedOn(Conference.SEOUL_2021.date())
        .addEquipment(EquipmentOffer.of("helicopter", 16))
        .build();
  }

  /**
   * IPI21: the Norwegian-Serbian level II hospital in the former UN mission in the Central African
   * Republic and Chad (MINURCAT), a joint pledge. The pledge date, the unit's personnel and its
   * Norwegian lead are illustrative.
   */
  private static Pledge.Builder jointHospital() {
    return Pledge.builder()
        .id("JOINT-L2-HOSPITAL")
        .arrangement(JointPledge.of(List.of(NORWAY, SERBIA)))
        .addCategory(PledgeCategory.MEDICAL)
        .pledgedOn(HOSPITAL_PLEDGED_ON)
        .addUnit(
            unit("L2H", UnitType.LEVEL_2_HOSPITAL, NORWAY, PersonnelCount.of(20, 43))
                .mission(Mission.of("MINURCAT"))
                .build());
  }

  @Test
  void builder_keeps_every_attribute() {
    // Illustrative reconfirmation, training and readiness, to exercise the builder.
    Readiness readiness = Readiness.of(ReadinessLevel.LEVEL_2, HOSPITAL_PLEDGED_ON);
    TrainingOffer training = TrainingOffer.of("field medical training", List.of(SERBIA));
    LocalDate reconfirmed = HOSPITAL_PLEDGED_ON.plusMonths(6);
    Pledge pledge =
        jointHospital()
            .addReconfirmation(reconfirmed)
            .addTraining(training)
            .readiness(readiness)
            .build();

    assertThat(pledge.id()).isEqualTo("JOINT-L2-HOSPITAL");
    assertThat(pledge.arrangement()).isEqualTo(JointPledge.of(List.of(NORWAY, SERBIA)));
    assertThat(pledge.categories()).containsExactly(PledgeCategory.MEDICAL);
    assertThat(pledge.conference()).isEmpty();
    assertThat(pledge.pledgedOn()).isEqualTo(HOSPITAL_PLEDGED_ON);
    assertThat(pledge.reconfirmations()).containsExactly(reconfirmed);
    assertThat(pledge.units()).extracting(Unit::id).containsExactly("L2H");
    assertThat(pledge.units().get(0).mission()).contains(Mission.of("MINURCAT"));
    assertThat(pledge.equipment()).isEmpty();
    assertThat(pledge.training()).containsExactly(training);
    assertThat(pledge.readiness()).contains(readiness);
  }

  @Test
  void contributors_are_the_arrangements() {
    assertThat(jointHospital().build().contributors()).containsExactly(NORWAY, SERBIA);
    assertThat(koreanHelicopterDonation().contributors()).containsExactly(KOR);
  }

  @Test
  void builder_contributor_makes_a_single_contributor_arrangement() {
    Pledge pledge =
        Pledge.builder().id("P").contributor(USA).pledgedOn(LocalDate.of(2015, 9, 28)).build();

    assertThat(pledge.arrangement()).isEqualTo(SingleContributor.of(USA));
    assertThat(pledge.contributors()).containsExactly(USA);
  }

  @Test
  void personnel_is_the_sum_of_the_units() {
    Pledge pledge =
        jointHospital()
            .addUnit(unit("L1H", UnitType.LEVEL_1_HOSPITAL, NORWAY, PersonnelCount.of(5, 10)).build())
            .build();

    assertThat(pledge.personnel()).isEqualTo(PersonnelCount.of(25, 53));
  }

  @Test
  void personnel_of_a_pledge_without_units_is_zero() {
    assertThat(koreanHelicopterDonation().personnel()).isEqualTo(PersonnelCount.ZERO);
  }

  @Test
  void pledge_with_units_is_a_capability_pledge() {
    assertThat(jointHospital().build().isCapabilityPledge()).isTrue();
  }

  @Test
  void pledge_in_the_capabilities_category_is_a_capability_pledge_without_units() {
    Pledge donation = koreanHelicopterDonation();

    assertThat(donation.units()).isEmpty();
    assertThat(donation.conference()).contains(Conference.SEOUL_2021);
    assertThat(donation.isCapabilityPledge()).isTrue();
  }

  @Test
  void training_pledge_without_units_is_not_a_capability_pledge() {
    // Illustrative: not a real pledge.
    Pledge pledge =
        Pledge.builder()
            .id("TRAINING")
            .arrangement(TriangularPartnership.of(KOR, InternationalOrganisation.EU))
            .addCategory(PledgeCategory.TRAINING_AND_CAPACITY_BUILDING)
            .pledgedOn(LocalDate.of(2021, 12, 7))
            .addTraining(TrainingOffer.of("engineering training", List.of(KOR)))
            .build();

    assertThat(pledge.isCapabilityPledge()).isFalse();
  }

  @Test
  void pledge_at_the_rapid_deployment_level_is_offered_for_rapid_deployment() {
    assertThat(
            jointHospital()
                .readiness(Readiness.of(ReadinessLevel.RAPID_DEPLOYMENT, HOSPITAL_PLEDGED_ON))
                .build()
                .offeredForRapidDeployment(HOSPITAL_PLEDGED_ON))
        .isTrue();
  }

  @Test
  void pledge_whose_readiness_states_a_window_is_offered_for_rapid_deployment() {
    Readiness level3 = Readiness.of(ReadinessStep.builder()
        .on(HOSPITAL_PLEDGED_ON)
        .level(ReadinessLevel.LEVEL_3)
        .rapidDeployment(RapidDeploymentCommitment.of(90, HOSPITAL_PLEDGED_ON))
        .build());

    assertThat(jointHospital().readiness(level3).build()
        .offeredForRapidDeployment(HOSPITAL_PLEDGED_ON)).isTrue();
  }

  @Test
  void pledge_is_offered_for_rapid_deployment_only_from_the_day_it_reached_the_level() {
    LocalDate rdl = HOSPITAL_PLEDGED_ON.plusMonths(8);
    Pledge pledge = jointHospital().readiness(Readiness.of(
            ReadinessStep.reached(ReadinessLevel.LEVEL_1, HOSPITAL_PLEDGED_ON),
            ReadinessStep.reached(ReadinessLevel.RAPID_DEPLOYMENT, rdl)))
        .build();

    assertThat(pledge.offeredForRapidDeployment(rdl.minusDays(1))).isFalse();
    assertThat(pledge.offeredForRapidDeployment(rdl)).isTrue();
  }

  @Test
  void pledge_with_a_unit_stating_a_window_is_offered_for_rapid_deployment() {
    Unit rapid =
        unit("QRF", UnitType.QUICK_REACTION_FORCE, NORWAY, PersonnelCount.of(10, 140))
            .rapidDeploymentDays(30)
            .build();

    assertThat(jointHospital().addUnit(rapid).build()
        .offeredForRapidDeployment(HOSPITAL_PLEDGED_ON)).isTrue();
  }

  @Test
  void pledge_at_level_3_without_window_is_not_offered_for_rapid_deployment() {
    assertThat(
            jointHospital()
                .readiness(Readiness.of(ReadinessLevel.LEVEL_3, HOSPITAL_PLEDGED_ON))
                .build()
                .offeredForRapidDeployment(HOSPITAL_PLEDGED_ON))
        .isFalse();
    assertThat(koreanHelicopterDonation().offeredForRapidDeployment(LocalDate.of(2022, 1, 1)))
        .isFalse();
  }

  @Test
  void c130_rotation_in_mali_is_constructible_with_a_deployed_unit() {
    // IPI21 cites the C-130 in the mission in Mali (MINUSMA) as a rotation among a group of
    // countries but does not name them. GBR, KOR and USA, the dates, the crew and the pledge date
    // are ILLUSTRATIVE only, not the states that rotated that aircraft nor its schedule.
    Rotation rotation =
        Rotation.of(
            List.of(
                RotationPeriod.of(GBR, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30)),
                RotationPeriod.of(KOR, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 12, 31)),
                RotationPeriod.of(USA, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30))));
    Unit c130 =
        unit("C-130", UnitType.TRANSPORT_AIRCRAFT_UNIT, GBR, PersonnelCount.of(8, 72))
            .status(DeploymentStatus.DEPLOYED)
            .mission(Mission.of("MINUSMA"))
            .build();

    Pledge pledge =
        Pledge.builder()
            .id("C-130-ROTATION")
            .arrangement(rotation)
            .pledgedOn(LocalDate.of(2016, 9, 8))
            .addUnit(c130)
            .build();

    assertThat(pledge.contributors()).containsExactly(GBR, KOR, USA);
    assertThat(pledge.units().get(0).mission()).map(Mission::acronym).contains("MINUSMA");
  }

  @Test
  void pledge_without_category_after_seoul_is_constructible_because_it_is_policy() {
    // Illustrative: not a real pledge.
    Pledge pledge =
        Pledge.builder()
            .id("NO-CATEGORY")
            .contributor(GBR)
            .conference(Conference.ACCRA_2023)
            .pledgedOn(Conference.ACCRA_2023.date())
            .build();

    assertThat(pledge.categories()).isEmpty();
    assertThat(pledge.readiness()).isEmpty();
  }

  @Test
  void reconfirmation_on_the_day_of_the_pledge_is_allowed() {
    assertThat(jointHospital().addReconfirmation(HOSPITAL_PLEDGED_ON).build().reconfirmations())
        .containsExactly(HOSPITAL_PLEDGED_ON);
  }

  @Test
  void rejects_reconfirmation_before_the_pledge() {
    Pledge.Builder builder = jointHospital().addReconfirmation(LocalDate.of(2008, 12, 31));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "reconfirmations[0]: must not be before pledgedOn 2009-01-01, was 2008-12-31");
  }

  @Test
  void rejects_reconfirmations_out_of_order_or_on_one_day() {
    Pledge.Builder builder = jointHospital()
        .addReconfirmations(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 1));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.attribute()).isEqualTo("reconfirmations");
          assertThat(e.element()).contains("1");
        })
        .hasMessage("reconfirmations[1]: must be after the reconfirmation before it (2010-01-01),"
            + " was 2010-01-01");
  }

  @Test
  void last_reconfirmation_by_a_day_ignores_later_ones() {
    Pledge pledge = jointHospital()
        .addReconfirmations(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1))
        .build();

    assertThat(pledge.lastReconfirmationBy(LocalDate.of(2009, 12, 31))).isEmpty();
    assertThat(pledge.lastReconfirmationBy(LocalDate.of(2010, 1, 1)))
        .contains(LocalDate.of(2010, 1, 1));
    assertThat(pledge.lastReconfirmationBy(LocalDate.of(2010, 12, 31)))
        .contains(LocalDate.of(2010, 1, 1));
    assertThat(pledge.lastReconfirmationBy(LocalDate.of(2011, 1, 1)))
        .contains(LocalDate.of(2011, 1, 1));
  }

  @Test
  void is_made_by_its_pledge_day_and_not_before() {
    Pledge pledge = jointHospital().build();

    assertThat(pledge.isMadeBy(HOSPITAL_PLEDGED_ON.minusDays(1))).isFalse();
    assertThat(pledge.isMadeBy(HOSPITAL_PLEDGED_ON)).isTrue();
    assertThat(pledge.isMadeBy(HOSPITAL_PLEDGED_ON.plusDays(1))).isTrue();
  }

  @Test
  void rejects_blank_id() {
    assertThatThrownBy(() -> jointHospital().id("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id: must not be blank");
  }

  @Test
  void builder_requires_the_arrangement() {
    Pledge.Builder builder = Pledge.builder().id("P").pledgedOn(LocalDate.of(2016, 9, 8));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("arrangement");
  }

  @Test
  void pledges_with_equal_attributes_are_equal() {
    assertThat(koreanHelicopterDonation())
        .isEqualTo(koreanHelicopterDonation())
        .hasSameHashCodeAs(koreanHelicopterDonation())
        .isNotEqualTo(jointHospital().build());
  }

  @Test
  void collections_cannot_be_modified() {
    Pledge pledge = koreanHelicopterDonation();

    assertThatThrownBy(() -> pledge.categories().add(PledgeCategory.MEDICAL))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> pledge.equipment().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_units_that_together_hold_more_personnel_than_a_count() {
    // Regression: two units of Long.MAX_VALUE / 2 men each made personnel() throw an
    // ArithmeticException out of the readers; the pledge is now refused where it is built.
    PersonnelCount largest = PersonnelCount.ofMen(Bounds.MAX_PERSONNEL);
    Pledge.Builder builder = jointHospital()
        .addUnit(unit("BIG-1", UnitType.LEVEL_2_HOSPITAL, NORWAY, largest).build());

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units: must hold at most 1000000000 women and 1000000000 men together, was "
            + "20 women, 1000000043 men");
  }

  @Test
  void personnel_of_units_at_the_bound_is_their_exact_sum() {
    Pledge pledge = Pledge.builder().from(jointHospital().build())
        .units(List.of(
            unit("W", UnitType.LEVEL_2_HOSPITAL, NORWAY,
                PersonnelCount.ofWomen(Bounds.MAX_PERSONNEL - 20)).build(),
            unit("M", UnitType.LEVEL_2_HOSPITAL, NORWAY,
                PersonnelCount.of(20, Bounds.MAX_PERSONNEL)).build()))
        .build();

    assertThat(pledge.personnel())
        .isEqualTo(PersonnelCount.of(Bounds.MAX_PERSONNEL, Bounds.MAX_PERSONNEL));
  }
}
