package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MandatedTaskKindTest {

  @Test
  void names_are_the_published_vocabulary() {
    assertThat(MandatedTaskKind.values()).extracting(Enum::name).containsExactly(
        "PROTECTION_OF_CIVILIANS", "POLITICAL_PROCESS", "CEASEFIRE_MONITORING",
        "DISARMAMENT_DEMOBILIZATION_REINTEGRATION", "SECURITY_SECTOR_REFORM", "RULE_OF_LAW",
        "HUMAN_RIGHTS", "HUMANITARIAN_ACCESS", "ELECTORAL_ASSISTANCE",
        "EXTENSION_OF_STATE_AUTHORITY", "OTHER");
  }
}
