package io.github.peacekeeping.validation;

import static io.github.peacekeeping.core.mission.MissionCapability.HQ_MILITARY_GENDER_ADVISER;
import static io.github.peacekeeping.core.mission.MissionCapability.HQ_POLICE_GENDER_ADVISER;
import static io.github.peacekeeping.core.mission.MissionCapability.INTEGRATED_PLANNING_UNIT;
import static io.github.peacekeeping.core.mission.MissionCapability.LANGUAGE_ASSISTANTS;
import static io.github.peacekeeping.validation.MissionFixtures.CONTEXT;
import static io.github.peacekeeping.validation.MissionFixtures.PEACE_PROCESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.validation.constraints.ProtectionOfCiviliansCapabilities;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProtectionOfCiviliansCapabilitiesTest {

  private static List<Finding> findings(MissionProfile profile) {
    return CommuniqueValidator.create().validate(profile, CONTEXT)
        .findings(Rules.IPI21_POC_CAPABILITIES);
  }

  private static MissionProfile withCapabilities(Set<MissionCapability> capabilities) {
    return MissionProfile.builder().from(MissionFixtures.unmiss()).capabilities(capabilities).build();
  }

  @Test
  void mission_with_every_poc_capability_has_no_finding() {
    assertThat(findings(MissionFixtures.unmiss())).isEmpty();
  }

  @Test
  void missing_capabilities_are_one_warning_listing_them() {
    MissionProfile profile = MissionFixtures.without(INTEGRATED_PLANNING_UNIT, LANGUAGE_ASSISTANTS);

    assertThat(findings(profile)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("IPI21-POC-CAPABILITIES");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).hasToString("capabilities");
      assertThat(f.message()).isEqualTo("UNMISS is mandated to protect civilians but lacks"
          + " language assistants and an integrated planning unit");
      assertThat(f.offendingValue()).contains(EnumSet.of(LANGUAGE_ASSISTANTS, INTEGRATED_PLANNING_UNIT));
    });
  }

  @Test
  void mission_without_capabilities_lacks_all_nine_in_enum_order() {
    MissionProfile profile = withCapabilities(EnumSet.of(HQ_MILITARY_GENDER_ADVISER, HQ_POLICE_GENDER_ADVISER));

    assertThat(findings(profile)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("UNMISS is mandated to protect civilians but lacks"
          + " community liaison assistants, language assistants, protection of civilians advisers,"
          + " gender advisers, joint protection teams, situational awareness, a joint operations"
          + " centre, a joint mission analysis centre and an integrated planning unit");
      assertThat(f.offendingValue())
          .contains(MissionCapability.protectionOfCiviliansCapabilities());
    });
  }

  @Test
  void headquarters_gender_advisers_are_not_poc_capabilities() {
    MissionProfile profile = MissionFixtures.without(HQ_MILITARY_GENDER_ADVISER, HQ_POLICE_GENDER_ADVISER);

    assertThat(findings(profile)).isEmpty();
  }

  @Test
  void mandate_without_protection_of_civilians_needs_no_poc_capabilities() {
    MissionProfile profile = MissionProfile.builder().from(MissionFixtures.withTasks(PEACE_PROCESS))
        .capabilities(Set.of()).build();

    assertThat(findings(profile)).isEmpty();
  }

  record Bean(
      @ProtectionOfCiviliansCapabilities(payload = Severity.Warning.class) MissionProfile profile) {}

  @Test
  void default_hibernate_validator_reports_missing_capabilities() {
    MissionProfile profile = MissionFixtures.without(LANGUAGE_ASSISTANTS);

    assertThat(MissionFixtures.validateByDefault(new Bean(profile))).singleElement()
        .satisfies(v -> {
          assertThat(v.getPropertyPath()).hasToString("profile.capabilities");
          assertThat(v.getConstraintDescriptor().getPayload()).containsExactly(Severity.Warning.class);
          assertThat(SequencedMandateTest.ruleId(v)).isEqualTo("IPI21-POC-CAPABILITIES");
          assertThat(v.getMessage())
              .isEqualTo("UNMISS is mandated to protect civilians but lacks language assistants");
        });
    assertThat(MissionFixtures.validateByDefault(new Bean(MissionFixtures.unmiss()))).isEmpty();
  }
}
