package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonChecksTest {

  @Test
  void finding_paths_become_json_pointers_into_the_registry() {
    assertThat(JsonChecks.pointer("/pledges", "[3].units[0].roles"))
        .isEqualTo("/pledges/3/units/0/roles");
    assertThat(JsonChecks.pointer("/pledges", "[0].units[1].roles[NATIONAL_INVESTIGATION_OFFICER]"))
        .isEqualTo("/pledges/0/units/1/roles/NATIONAL_INVESTIGATION_OFFICER");
  }

  @Test
  void a_finding_about_the_whole_document_points_at_the_root() {
    assertThat(JsonChecks.pointer("/pledges", "")).isEmpty();
  }

  @Test
  void bean_validation_node_names_and_pointer_escapes() {
    assertThat(JsonChecks.pointer("", "units[0].<list element>.a/b~c"))
        .isEqualTo("/units/0/a~1b~0c");
  }
}
