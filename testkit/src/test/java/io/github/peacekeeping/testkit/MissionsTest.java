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
          assertThat(profile.mandate().tasks()).allMatch(MandatedTask::isSequenced);
          assertThat(profile.capabilities())
              .containsAll(MissionCapability.protectionOfCiviliansCapabilities())
              .contains(MissionCapability.HQ_MILITARY_GENDER_ADVISER,
                  MissionCapability.HQ_POLICE_GENDER_ADVISER);
          assertThat(profile.mandate().ceilings())
              .noneMatch(ceiling -> ceiling.isExceededBy(profile.deployed()));
          assertThat(profile.mandate().period().contains(profile.asOf())).isTrue();
        });
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
        .checkAssert(mission -> assertThat(mission.isActiveOn(date)).isTrue());
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
          Mandate mandate = Mandate.builder().from(profile.mandate()).build();
          assertThat(mandate).isEqualTo(profile.mandate()).hasSameHashCodeAs(profile.mandate());
          Mission mission = Mission.builder().from(profile.mission()).build();
          assertThat(mission).isEqualTo(profile.mission()).hasSameHashCodeAs(profile.mission());
          SecurityCouncilResolution resolution = SecurityCouncilResolution.parse(
              profile.mandate().authorisedBy().toString());
          assertThat(resolution).isEqualTo(profile.mandate().authorisedBy());
        });
  }

  @Test
  void a_profile_exposes_no_mutable_collection() {
    qt().withExamples(300).forAll(Missions.missionProfiles())
        .checkAssert(profile -> {
          Valid.unmodifiable(profile.capabilities());
          Valid.unmodifiable(profile.deployed());
          Valid.unmodifiable(profile.mandate().tasks());
          Valid.unmodifiable(profile.mandate().ceilings());
          Valid.unmodifiable(profile.mandate().ceilings().get(0).categories());
          Valid.unmodifiable(List.copyOf(profile.capabilities()));
        });
  }
}
