package io.github.peacekeeping.core.mission;

import static io.github.peacekeeping.core.mission.MissionCapability.COMMUNITY_LIAISON_ASSISTANTS;
import static io.github.peacekeeping.core.mission.MissionCapability.GENDER_ADVISERS;
import static io.github.peacekeeping.core.mission.MissionCapability.HQ_MILITARY_GENDER_ADVISER;
import static io.github.peacekeeping.core.mission.MissionCapability.HQ_POLICE_GENDER_ADVISER;
import static io.github.peacekeeping.core.mission.MissionCapability.INTEGRATED_PLANNING_UNIT;
import static io.github.peacekeeping.core.mission.MissionCapability.JOINT_MISSION_ANALYSIS_CENTRE;
import static io.github.peacekeeping.core.mission.MissionCapability.JOINT_OPERATIONS_CENTRE;
import static io.github.peacekeeping.core.mission.MissionCapability.JOINT_PROTECTION_TEAMS;
import static io.github.peacekeeping.core.mission.MissionCapability.LANGUAGE_ASSISTANTS;
import static io.github.peacekeeping.core.mission.MissionCapability.POC_ADVISERS;
import static io.github.peacekeeping.core.mission.MissionCapability.SITUATIONAL_AWARENESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MissionCapabilityTest {

  @Test
  void protection_of_civilians_capabilities_are_the_ipi_list() {
    // IPI, roundtable on the 2021 ministerial: "community liaison assistants, language
    // assistants, POC and gender advisers, joint protection teams, [...] situational awareness
    // capabilities, joint operations centers and joint mission analysis centers [...], and
    // integrated planning units"
    assertThat(MissionCapability.protectionOfCiviliansCapabilities()).containsExactly(
        COMMUNITY_LIAISON_ASSISTANTS, LANGUAGE_ASSISTANTS, POC_ADVISERS, GENDER_ADVISERS,
        JOINT_PROTECTION_TEAMS, SITUATIONAL_AWARENESS, JOINT_OPERATIONS_CENTRE,
        JOINT_MISSION_ANALYSIS_CENTRE, INTEGRATED_PLANNING_UNIT);
  }

  @Test
  void headquarters_gender_advisers_are_not_in_the_protection_list() {
    assertThat(MissionCapability.protectionOfCiviliansCapabilities())
        .doesNotContain(HQ_MILITARY_GENDER_ADVISER, HQ_POLICE_GENDER_ADVISER);
  }

  @Test
  void protection_of_civilians_capabilities_are_unmodifiable() {
    Set<MissionCapability> set = MissionCapability.protectionOfCiviliansCapabilities();

    assertThatThrownBy(() -> set.add(HQ_POLICE_GENDER_ADVISER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.remove(POC_ADVISERS))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
