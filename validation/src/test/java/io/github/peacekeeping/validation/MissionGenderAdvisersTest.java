package io.github.peacekeeping.validation;

import static io.github.peacekeeping.core.mission.MissionCapability.GENDER_ADVISERS;
import static io.github.peacekeeping.core.mission.MissionCapability.HQ_MILITARY_GENDER_ADVISER;
import static io.github.peacekeeping.core.mission.MissionCapability.HQ_POLICE_GENDER_ADVISER;
import static io.github.peacekeeping.validation.MissionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.validation.constraints.MissionGenderAdvisers;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionGenderAdvisersTest {

  private static List<Finding> findings(MissionProfile profile) {
    return CommuniqueValidator.create().validate(profile, CONTEXT)
        .findings(Rules.LDN16_MISSION_GENDER_ADVISERS);
  }

  @Test
  void headquarters_with_both_advisers_has_no_finding() {
    assertThat(findings(MissionFixtures.unmiss())).isEmpty();
  }

  @Test
  void missing_military_adviser_gets_warning() {
    assertThat(findings(MissionFixtures.without(HQ_MILITARY_GENDER_ADVISER))).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("LDN16-MISSION-GENDER-ADVISERS");
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.path()).hasToString("capabilities");
          assertThat(f.message()).isEqualTo("The headquarters of UNMISS, which has a military and a police component, lacks a military gender adviser");
          assertThat(f.offendingValue()).contains(EnumSet.of(HQ_MILITARY_GENDER_ADVISER));
        });
  }

  @Test
  void missing_police_adviser_gets_warning() {
    assertThat(findings(MissionFixtures.without(HQ_POLICE_GENDER_ADVISER))).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).isEqualTo("The headquarters of UNMISS, which has a military and a police component, lacks a police gender adviser");
          assertThat(f.offendingValue()).contains(EnumSet.of(HQ_POLICE_GENDER_ADVISER));
        });
  }

  @Test
  void missing_both_is_one_warning_naming_both() {
    MissionProfile profile =
        MissionFixtures.without(HQ_POLICE_GENDER_ADVISER, HQ_MILITARY_GENDER_ADVISER);

    assertThat(findings(profile)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo(
          "The headquarters of UNMISS, which has a military and a police component, lacks a military gender adviser and a police gender adviser");
      assertThat(f.offendingValue())
          .contains(EnumSet.of(HQ_MILITARY_GENDER_ADVISER, HQ_POLICE_GENDER_ADVISER));
    });
  }

  @Test
  void civilian_gender_advisers_do_not_stand_in_for_headquarters_advisers() {
    MissionProfile profile = MissionProfile.builder().from(MissionFixtures.unmiss())
        .capabilities(EnumSet.of(GENDER_ADVISERS)).build();

    assertThat(findings(profile)).hasSize(1);
  }

  record Bean(@MissionGenderAdvisers(payload = Severity.Warning.class) MissionProfile profile) {}

  @Test
  void default_hibernate_validator_reports_missing_adviser() {
    MissionProfile profile = MissionFixtures.without(HQ_POLICE_GENDER_ADVISER);

    assertThat(MissionFixtures.validateByDefault(new Bean(profile))).singleElement()
        .satisfies(v -> {
          assertThat(v.getPropertyPath()).hasToString("profile.capabilities");
          assertThat(v.getConstraintDescriptor().getPayload()).containsExactly(Severity.Warning.class);
          assertThat(SequencedMandateTest.ruleId(v)).isEqualTo("LDN16-MISSION-GENDER-ADVISERS");
          assertThat(v.getMessage()).isEqualTo("The headquarters of UNMISS, which has a military and a police component, lacks a police gender adviser");
        });
    assertThat(MissionFixtures.validateByDefault(new Bean(MissionFixtures.unmiss()))).isEmpty();
  }

  @Test
  void a_mission_without_a_police_component_needs_no_police_adviser() {
    // Observers only, as in UNTSO or UNMOGIP: a military component and no police one.
    io.github.peacekeeping.core.mission.Mandate observersOnly =
        io.github.peacekeeping.core.mission.Mandate.builder().from(MissionFixtures.unmiss2024())
            .ceilings(List.of(MissionFixtures.TROOPS)).build();
    MissionProfile profile = MissionProfile.builder()
        .from(MissionFixtures.without(HQ_POLICE_GENDER_ADVISER))
        .mandates(List.of(observersOnly))
        .deployed(java.util.Map.of(
            io.github.peacekeeping.core.personnel.PersonnelCategory.MILITARY_OBSERVERS,
            io.github.peacekeeping.core.personnel.PersonnelCount.of(10, 90)))
        .build();

    assertThat(findings(profile)).isEmpty();
    assertThat(findings(MissionProfile.builder().from(profile)
        .capabilities(EnumSet.noneOf(io.github.peacekeeping.core.mission.MissionCapability.class))
        .build()))
        .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("The headquarters of"
            + " UNMISS, which has a military component, lacks a military gender adviser"));
  }

  @Test
  void police_deployed_without_a_police_ceiling_still_make_a_police_component() {
    io.github.peacekeeping.core.mission.Mandate troopsOnly =
        io.github.peacekeeping.core.mission.Mandate.builder().from(MissionFixtures.unmiss2024())
            .ceilings(List.of(MissionFixtures.TROOPS)).build();
    MissionProfile profile = MissionProfile.builder()
        .from(MissionFixtures.without(HQ_POLICE_GENDER_ADVISER))
        .mandates(List.of(troopsOnly))
        .build();

    assertThat(findings(profile)).singleElement().satisfies(f -> assertThat(f.message())
        .endsWith("lacks a police gender adviser"));
  }
}
