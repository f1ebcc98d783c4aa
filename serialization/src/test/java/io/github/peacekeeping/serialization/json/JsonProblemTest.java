package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import org.junit.jupiter.api.Test;

class JsonProblemTest {

  private static Finding finding() {
    return Finding.builder()
        .ruleId("LDN16-NIO")
        .severity(Severity.ERROR)
        .path("roles")
        .message("unit U-1 has no National Investigation Officer")
        .citation(Citation.of(SourceDocument.LDN16, "ensure that National Investigation Officers are included"))
        .build();
  }

  @Test
  void to_string_names_kind_pointer_and_message() {
    assertThat(JsonProblem.of(ProblemKind.STRUCTURE, "/pledges/0/readiness/level", "unknown readiness level 'LEVEL_4'"))
        .hasToString("STRUCTURE at /pledges/0/readiness/level: unknown readiness level 'LEVEL_4'");
  }

  @Test
  void to_string_names_the_whole_document_for_the_root_pointer() {
    assertThat(JsonProblem.of(ProblemKind.SYNTAX, "", "empty document"))
        .hasToString("SYNTAX at (document): empty document");
  }

  @Test
  void rule_problem_carries_its_finding_and_rule_id() {
    JsonProblem problem = JsonProblem.ofFinding("/roles", finding());
    assertThat(problem.kind()).isEqualTo(ProblemKind.RULE);
    assertThat(problem.finding()).contains(finding());
    assertThat(problem.message()).isEqualTo("LDN16-NIO (ERROR): unit U-1 has no National Investigation Officer");
  }

  @Test
  void syntax_and_structure_problems_have_no_finding() {
    assertThat(JsonProblem.of(ProblemKind.SYNTAX, "", "x").finding()).isEmpty();
  }

  @Test
  void rejects_a_pointer_without_leading_slash() {
    assertThatThrownBy(() -> JsonProblem.of(ProblemKind.STRUCTURE, "pledges/0", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pointer: must be empty or start with '/', was 'pledges/0'");
  }

  @Test
  void rejects_a_blank_message() {
    assertThatThrownBy(() -> JsonProblem.of(ProblemKind.STRUCTURE, "", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message: must not be blank, was ' '");
  }

  @Test
  void rejects_a_rule_problem_without_finding() {
    assertThatThrownBy(() -> JsonProblem.of(ProblemKind.RULE, "", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finding: must be present exactly for RULE problems, kind was RULE");
  }

  @Test
  void rejects_nulls() {
    assertThatThrownBy(() -> JsonProblem.of(null, "", "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JsonProblem.ofFinding("", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("finding");
  }

  @Test
  void equal_when_all_attributes_are() {
    assertThat(JsonProblem.of(ProblemKind.STRUCTURE, "/a", "m"))
        .isEqualTo(JsonProblem.of(ProblemKind.STRUCTURE, "/a", "m"))
        .hasSameHashCodeAs(JsonProblem.of(ProblemKind.STRUCTURE, "/a", "m"))
        .isNotEqualTo(JsonProblem.of(ProblemKind.SYNTAX, "/a", "m"))
        .isNotEqualTo(JsonProblem.of(ProblemKind.STRUCTURE, "/b", "m"));
  }
}
