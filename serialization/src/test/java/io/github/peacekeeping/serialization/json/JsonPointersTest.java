package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import org.junit.jupiter.api.Test;

class JsonPointersTest {

  @Test
  void translates_registry_finding_paths() {
    assertThat(JsonPointers.fromFindingPath("/pledges", "[3].units[0].roles")).isEqualTo("/pledges/3/units/0/roles");
    assertThat(JsonPointers.fromFindingPath("/pledges", "[3]")).isEqualTo("/pledges/3");
  }

  @Test
  void translates_map_keys_and_skips_bean_validation_node_names() {
    assertThat(JsonPointers.fromFindingPath("", "roles[NATIONAL_INVESTIGATION_OFFICER]"))
        .isEqualTo("/roles/NATIONAL_INVESTIGATION_OFFICER");
    assertThat(JsonPointers.fromFindingPath("", "units[0].<list element>")).isEqualTo("/units/0");
    assertThat(JsonPointers.fromFindingPath("", "")).isEmpty();
  }

  @Test
  void escapes_tilde_and_slash() {
    assertThat(JsonPointers.child("", "a/b~c")).isEqualTo("/a~1b~0c");
  }

  @Test
  void unknown_property_with_slash_is_escaped_in_the_problem() {
    try {
      JsonReader.create().read("{\"women\": 1, \"men\": 2, \"a/b\": 3}", PersonnelCount.class);
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).extracting(JsonProblem::pointer).containsExactly("/a~1b");
      return;
    }
    throw new AssertionError("expected an InvalidDocumentException");
  }
}
