package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.validation.FindingPath;
import org.junit.jupiter.api.Test;

class JsonPointersTest {

  @Test
  void translates_registry_finding_paths_under_the_pledges() {
    FindingPath pledge = FindingPath.root().index(3);
    assertThat(JsonPointers.fromFindingPath("/pledges", pledge.property("units").index(0)
        .property("roles"))).isEqualTo("/pledges/3/units/0/roles");
    assertThat(JsonPointers.fromFindingPath("/pledges", pledge)).isEqualTo("/pledges/3");
  }

  @Test
  void translates_map_keys_and_the_root() {
    assertThat(JsonPointers.fromFindingPath("",
        FindingPath.root().property("roles").key("NATIONAL_INVESTIGATION_OFFICER")))
        .isEqualTo("/roles/NATIONAL_INVESTIGATION_OFFICER");
    assertThat(JsonPointers.fromFindingPath("", FindingPath.root())).isEmpty();
    assertThat(JsonPointers.fromFindingPath("/pledges", FindingPath.root())).isEqualTo("/pledges");
  }

  @Test
  void escapes_tilde_and_slash_in_finding_paths() {
    assertThat(JsonPointers.fromFindingPath("", FindingPath.root().property("a").key("S/RES~1")))
        .isEqualTo("/a/S~1RES~01");
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
