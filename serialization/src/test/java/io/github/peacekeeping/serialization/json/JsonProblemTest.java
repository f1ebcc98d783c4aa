package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.serialization.problem.JsonLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import org.junit.jupiter.api.Test;

class JsonProblemTest {

  private static Finding finding(Severity severity) {
    return Finding.builder()
        .ruleId("LDN16-NIO")
        .severity(severity)
        .path("roles")
        .message("unit U-1 has no National Investigation Officer")
        .citation(Citation.of(SourceDocument.LDN16, "ensure that National Investigation Officers are included"))
        .build();
  }

  @Test
  void to_string_names_code_location_and_message() {
    assertThat(JsonProblem.of(ProblemCode.UNKNOWN_CODE,
            new JsonLocation("/pledges/0/readiness/level", 9, 20), "unknown readiness level 'LEVEL_4'"))
        .hasToString("UNKNOWN_CODE at /pledges/0/readiness/level (line 9, column 20):"
            + " unknown readiness level 'LEVEL_4'");
  }

  @Test
  void to_string_names_the_whole_document_for_the_root_pointer() {
    assertThat(JsonProblem.of(ProblemCode.EMPTY_INPUT, JsonLocation.at(""), "empty document"))
        .hasToString("EMPTY_INPUT at (document): empty document");
  }

  @Test
  void kind_groups_the_codes() {
    assertThat(JsonProblem.of(ProblemCode.EMPTY_INPUT, JsonLocation.at(""), "x").kind())
        .isEqualTo(ProblemKind.SYNTAX);
    assertThat(JsonProblem.of(ProblemCode.UNKNOWN_PROPERTY, JsonLocation.at("/x"), "x").kind())
        .isEqualTo(ProblemKind.STRUCTURE);
  }

  @Test
  void rule_problem_carries_its_finding_rule_id_and_severity() {
    JsonProblem problem = JsonProblem.ofFinding(JsonLocation.at("/roles"), finding(Severity.WARNING));
    assertThat(problem.kind()).isEqualTo(ProblemKind.RULE);
    assertThat(problem.code()).isEqualTo(ProblemCode.RULE_VIOLATION);
    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    assertThat(problem.finding()).contains(finding(Severity.WARNING));
    assertThat(problem.message()).isEqualTo("LDN16-NIO (WARNING): unit U-1 has no National Investigation Officer");
  }

  @Test
  void other_problems_have_no_finding_and_their_code_s_severity() {
    JsonProblem problem = JsonProblem.of(ProblemCode.MALFORMED_JSON, JsonLocation.at(""), "x");
    assertThat(problem.finding()).isEmpty();
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void rejects_a_pointer_without_leading_slash() {
    assertThatThrownBy(() -> JsonLocation.at("pledges/0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pointer: must be empty or start with '/', was 'pledges/0'");
  }

  @Test
  void rejects_a_blank_message() {
    assertThatThrownBy(() -> JsonProblem.of(ProblemCode.INVALID_VALUE, JsonLocation.at(""), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message: must not be blank, was ' '");
  }

  @Test
  void rejects_a_rule_problem_without_finding_and_a_csv_code() {
    assertThatThrownBy(() -> JsonProblem.of(ProblemCode.RULE_VIOLATION, JsonLocation.at(""), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finding: must be present exactly for RULE_VIOLATION problems");
    assertThatThrownBy(() -> JsonProblem.of(ProblemCode.BAD_DATE, JsonLocation.at(""), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code: BAD_DATE is a CSV code");
  }

  @Test
  void rejects_nulls() {
    assertThatThrownBy(() -> JsonProblem.of(null, JsonLocation.at(""), "x"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JsonProblem.ofFinding(JsonLocation.at(""), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("finding");
  }

  @Test
  void equal_when_all_attributes_are() {
    JsonLocation a = JsonLocation.at("/a");
    assertThat(JsonProblem.of(ProblemCode.INVALID_VALUE, a, "m"))
        .isEqualTo(JsonProblem.of(ProblemCode.INVALID_VALUE, a, "m"))
        .hasSameHashCodeAs(JsonProblem.of(ProblemCode.INVALID_VALUE, a, "m"))
        .isNotEqualTo(JsonProblem.of(ProblemCode.WRONG_TYPE, a, "m"))
        .isNotEqualTo(JsonProblem.of(ProblemCode.INVALID_VALUE, JsonLocation.at("/b"), "m"));
  }
}
