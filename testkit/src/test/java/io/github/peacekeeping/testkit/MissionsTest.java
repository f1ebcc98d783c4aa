package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionsTest {

  @Test
  void every_mission_profile_passes_the_validator_under_the_default_context() {
    qt().withExamples(Valid.EXAMPLES).forAll(Missions.missionProfiles())
        .checkAssert(profile -> Valid.clean(
            profile, Valid.VALIDATOR.validate(profile, Testkit.DEFAULT_CONTEXT)));
  }

  @Test
  void every_mission_profile_is_sequenced_equipped_and_within_its_ceilings() {
    qt().withExamples(Valid.EXAMPLES).forAll(Missions.missionProfiles())
        .checkAssert(profile -> {
          Mandate inForce = profile.mandateInForce().orElseThrow();
          assertThat(inForce.tasks()).allMatch(MandatedTask::isSequenced);
          assertThat(profile.capabilities())
              .containsAll(MissionCapability.protectionOfCiviliansCapabilities());
          assertThat(inForce.ceilings())
              .noneMatch(ceiling -> ceiling.isExceededBy(profile.deployed()))
              .allMatch(ceiling -> ceiling.subCeilings().stream()
                  .noneMatch(sub -> sub.isExceededBy(profile.deployed())));
          assertThat(inForce.period().contains(profile.asOf())).isTrue();
        });
  }

  @Test
  void every_profile_holds_its_mandates_over_time_up_to_the_default_date() {
    qt().withExamples(Valid.EXAMPLES).forAll(Missions.missionProfiles())
        .checkAssert(profile -> {
          Mission mission = profile.mission();
          assertThat(profile.asOf()).isBeforeOrEqualTo(Testkit.DEFAULT_DATE);
          assertThat(mission.operatesOn(profile.asOf())).isTrue();
          assertThat(profile.mandates()).hasSizeBetween(1, 4)
              .allMatch(m -> !m.period().start().isAfter(Testkit.DEFAULT_DATE))
              .allMatch(m -> !m.period().start().isBefore(mission.start()))
              .allMatch(m -> mission.mandateEnd()
                  .map(end -> !m.period().end().isAfter(end)).orElse(true));
          for (int i = 1; i < profile.mandates().size(); i++) {
            Mandate before = profile.mandates().get(i - 1);
            Mandate after = profile.mandates().get(i);
            assertThat(after.period().start()).isEqualTo(before.period().end().plusDays(1));
            assertThat(after.authorisedBy()).isGreaterThan(before.authorisedBy());
          }
          for (Mandate mandate : profile.mandates()) {
            assertThat(mandate.authorisedBy().equals(mission.establishedBy()))
                .isEqualTo(mandate.period().start().equals(mission.start()));
          }
        });
  }

  @Test
  void profiles_vary_in_mandates_sub_ceilings_and_components() {
    List<MissionProfile> profiles =
        Samples.of(new java.util.SplittableRandom(17)).sample(Missions.missionProfiles(), 500);
    assertThat(profiles).as("one mandate").anyMatch(p -> p.mandates().size() == 1);
    assertThat(profiles).as("four mandates").anyMatch(p -> p.mandates().size() == 4);
    assertThat(profiles).as("a mandate after the one in force")
        .anyMatch(p -> !p.mandates().get(p.mandates().size() - 1).period().contains(p.asOf()));
    assertThat(profiles).as("a sub-ceiling in force")
        .anyMatch(p -> p.mandateInForce().orElseThrow().ceilings().stream()
            .anyMatch(c -> !c.subCeilings().isEmpty()));
    assertThat(profiles).as("an earlier mandate allowing fewer than are deployed")
        .anyMatch(p -> p.mandates().stream()
            .anyMatch(m -> m.ceilings().stream().anyMatch(c -> c.isExceededBy(p.deployed()))));
    assertThat(profiles).as("no police component, and no police gender adviser")
        .anyMatch(p -> p.mandateInForce().orElseThrow()
                .ceilingFor(PersonnelCategory.INDIVIDUAL_POLICE).isEmpty()
            && !p.capabilities().contains(MissionCapability.HQ_POLICE_GENDER_ADVISER));
    assertThat(profiles).as("no military component")
        .anyMatch(p -> p.mandateInForce().orElseThrow()
            .ceilingFor(PersonnelCategory.CONTINGENT_TROOPS).isEmpty());
    assertThat(profiles).as("a mission whose mandate has ended")
        .anyMatch(p -> p.mission().mandateEnd().isPresent());
  }

  @Test
  void a_mission_in_withdrawal_after_its_mandate_is_still_active() {
    Mission minusma = Mission.of("MINUSMA");
    LocalDate withdrawing = LocalDate.of(2023, 10, 1);
    assertThat(Samples.of(new java.util.SplittableRandom(2))
            .sample(Missions.activeOn(withdrawing), 300))
        .contains(minusma);
    assertThat(Samples.of(new java.util.SplittableRandom(2))
            .sample(Missions.activeOn(LocalDate.of(2024, 1, 1)), 300))
        .doesNotContain(minusma)
        .isNotEmpty();
  }

  @Test
  void missions_and_resolutions_are_real() {
    qt().withExamples(500).forAll(Missions.missions(), Missions.resolutions())
        .checkAssert((mission, resolution) -> {
          assertThat(Mission.of(mission.acronym())).isEqualTo(mission);
          assertThat(Mission.all()).extracting(Mission::establishedBy).contains(resolution);
        });
  }

  @Test
  void active_on_gives_missions_active_on_that_date() {
    LocalDate date = LocalDate.of(2012, 6, 30);
    qt().withExamples(500).forAll(Missions.activeOn(date))
        .checkAssert(mission -> assertThat(mission.operatesOn(date)).isTrue());
    assertThat(Samples.of(new java.util.SplittableRandom(3)).sample(Missions.activeOn(date), 200))
        .contains(Mission.of("UNMIT"));
  }

  @Test
  void active_on_rejects_a_date_with_no_mission() {
    assertThatThrownBy(() -> Missions.activeOn(LocalDate.of(1900, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date: no mission is active on 1900-01-01");
  }

  @Test
  void a_mandate_is_one_of_its_mission_with_distinct_prioritised_tasks() {
    qt().withExamples(Valid.EXAMPLES).forAll(Missions.mandates())
        .checkAssert(mandate -> {
          assertThat(mandate.authorisedBy()).isEqualTo(mandate.mission().establishedBy());
          assertThat(mandate.period().start()).isEqualTo(mandate.mission().start());
          assertThat(mandate.tasks()).extracting(MandatedTask::kind).doesNotHaveDuplicates();
          assertThat(mandate.tasks()).extracting(t -> t.priority().getAsInt())
              .isEqualTo(java.util.stream.IntStream.rangeClosed(1, mandate.tasks().size())
                  .boxed().toList());
        });
  }

  @Test
  void mandates_and_profiles_equal_their_copies_rebuilt_with_the_builder() {
    qt().withExamples(Valid.EXAMPLES).forAll(Missions.missionProfiles())
        .checkAssert(profile -> {
          MissionProfile copy = MissionProfile.builder().from(profile).build();
          assertThat(copy).isEqualTo(profile).hasSameHashCodeAs(profile);
          Mandate inForce = profile.mandateInForce().orElseThrow();
          Mandate mandate = Mandate.builder().from(inForce).build();
          assertThat(mandate).isEqualTo(inForce).hasSameHashCodeAs(inForce);
          Mission mission = Mission.builder().from(profile.mission()).build();
          assertThat(mission).isEqualTo(profile.mission()).hasSameHashCodeAs(profile.mission());
          SecurityCouncilResolution resolution = SecurityCouncilResolution.parse(
              inForce.authorisedBy().toString());
          assertThat(resolution).isEqualTo(inForce.authorisedBy());
        });
  }

  @Test
  void a_profile_exposes_no_mutable_collection() {
    qt().withExamples(300).forAll(Missions.missionProfiles())
        .checkAssert(profile -> {
          Valid.unmodifiable(profile.capabilities());
          Valid.unmodifiable(profile.deployed());
          Valid.unmodifiable(profile.mandates());
          Mandate inForce = profile.mandateInForce().orElseThrow();
          Valid.unmodifiable(inForce.tasks());
          Valid.unmodifiable(inForce.ceilings());
          Valid.unmodifiable(inForce.ceilings().get(0).categories());
          Valid.unmodifiable(inForce.ceilings().get(0).subCeilings());
          Valid.unmodifiable(List.copyOf(profile.capabilities()));
        });
  }

  @Test
  void components_and_protection_of_civilians_narrow_the_mandate_in_force() {
    java.util.Set<io.github.peacekeeping.core.personnel.PersonnelCategory> police = java.util.EnumSet.of(
        io.github.peacekeeping.core.personnel.PersonnelCategory.FORMED_POLICE_UNITS,
        io.github.peacekeeping.core.personnel.PersonnelCategory.INDIVIDUAL_POLICE);
    org.quicktheories.QuickTheory.qt().withExamples(500)
        .forAll(Missions.missionProfiles().withPoliceComponent(false))
        .checkAssert(profile -> {
          Valid.clean(profile, Valid.VALIDATOR.validate(profile, Testkit.DEFAULT_CONTEXT));
          var inForce = profile.mandateInForce().orElseThrow();
          assertThat(inForce.ceilings()).as("%s", Descriptions.of(profile))
              .noneMatch(c -> c.categories().stream().anyMatch(police::contains));
          assertThat(police).allMatch(c -> profile.deployed(c).total() == 0);
        });
    org.quicktheories.QuickTheory.qt().withExamples(500)
        .forAll(Missions.missionProfiles().withMilitaryComponent(false).withPoliceComponent(true)
            .withProtectionOfCivilians(true))
        .checkAssert(profile -> {
          Valid.clean(profile, Valid.VALIDATOR.validate(profile, Testkit.DEFAULT_CONTEXT));
          var inForce = profile.mandateInForce().orElseThrow();
          assertThat(inForce.includesProtectionOfCivilians()).isTrue();
          assertThat(inForce.ceilings()).allMatch(c -> c.categories().stream()
              .allMatch(police::contains));
        });
    org.quicktheories.QuickTheory.qt().withExamples(300)
        .forAll(Missions.missionProfiles().withProtectionOfCivilians(false)
            .violating("LDN16-MISSION-GENDER-ADVISERS"))
        .checkAssert(profile -> assertThat(
            profile.mandateInForce().orElseThrow().includesProtectionOfCivilians()).isFalse());
  }

  @Test
  void rejects_narrowing_that_leaves_no_component_or_no_protection_to_break() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Missions.missionProfiles()
            .withMilitaryComponent(false).withPoliceComponent(false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("police: ");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Missions.missionProfiles()
            .violating("IPI21-POC-CAPABILITIES").withProtectionOfCivilians(false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IPI21-POC-CAPABILITIES needs a mandate in force that includes");
  }
}
