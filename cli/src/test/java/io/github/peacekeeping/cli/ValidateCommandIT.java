package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.validation.Rules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ValidateCommandIT {

  private static Cli.Result validate(String file, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("validate", Fixtures.path(file),
        "--as-of", Fixtures.AS_OF));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void clean_registry_exits_0() {
    Cli.Result result = validate("clean-registry.json", "--format", "json");

    assertThat(result.exitCode()).isZero();
    JsonNode json = result.json();
    assertThat(json.get("type").asString()).isEqualTo("pledge-registry");
    assertThat(json.get("findings")).isEmpty();
    assertThat(json.get("problems")).isEmpty();
  }

  @Test
  void registry_with_errors_exits_1_and_json_has_the_documented_fields() {
    Cli.Result result = validate("errors-registry.json", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode json = result.json();
    assertThat(json.propertyNames())
        .containsExactly("file", "type", "asOf", "asOfDefault", "findings", "notices", "problems",
            "counts");
    assertThat(json.get("file").asString()).endsWith("errors-registry.json");
    assertThat(json.get("asOf").asString()).isEqualTo(Fixtures.AS_OF);
    assertThat(json.get("asOfDefault").asBoolean()).isFalse();
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.propertyNames())
        .containsExactly("ruleId", "severity", "path", "message", "citation");
    assertThat(finding.get("ruleId").asString()).isEqualTo(Rules.LDN16_NIO);
    assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
    assertThat(finding.get("path").asString()).isEqualTo("/pledges/0/units/0/roles");
    assertThat(finding.get("citation").get("document").asString()).isEqualTo("LDN16");
    assertThat(finding.get("citation").get("quote").asString())
        .isEqualTo(Rules.get(Rules.LDN16_NIO).citation().quote());
    assertThat(json.get("counts").get("ERROR").asInt()).isEqualTo(4);
    assertThat(json.get("counts").get("WARNING").asInt()).isZero();
    assertThat(json.get("counts").get("problems").asInt()).isZero();
  }

  @Test
  void text_output_is_a_table_with_counts_and_each_rule_quoted_once() {
    Cli.Result result = validate("errors-registry.json", "--format", "text");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .containsPattern("SEVERITY +RULE +PATH +MESSAGE")
        .containsPattern("ERROR +LDN16-NIO +/pledges/0/units/1/roles +Military unit KOR-INF-2")
        .contains("Findings: 4 ERROR, 0 WARNING, 0 INFO; notices: 0; problems: 0.")
        .contains("As of " + Fixtures.AS_OF + "\n");
    String quote = Rules.get(Rules.LDN16_VETTING).citation().quote();
    assertThat(result.out().split(java.util.regex.Pattern.quote(quote), -1)).hasSize(2);
  }

  @Test
  void a_pledge_made_after_the_evaluation_date_is_a_notice_not_a_finding() {
    // The clean registry's one pledge was made on 2021-12-07.
    Cli.Result json = Cli.run("validate", Fixtures.path("clean-registry.json"),
        "--as-of", "2020-01-01");
    Cli.Result text = Cli.run("validate", Fixtures.path("clean-registry.json"),
        "--as-of", "2020-01-01", "--format", "text");

    assertThat(json.exitCode()).isZero();
    assertThat(json.json().get("findings")).isEmpty();
    assertThat(json.json().get("counts").get("notices").asInt()).isEqualTo(1);
    JsonNode notice = json.json().get("notices").get(0);
    assertThat(notice.propertyNames()).containsExactly("location", "datedOn", "message");
    assertThat(notice.get("location").asString()).isEqualTo("/pledges/0");
    assertThat(notice.get("datedOn").asString()).isEqualTo("2021-12-07");
    assertThat(notice.get("message").asString()).isEqualTo("Pledge KOR-2021-INF-1, made on"
        + " 2021-12-07, after the evaluation date 2020-01-01, did not exist on that date: it was"
        + " not evaluated");
    assertThat(text.out())
        .contains("Not evaluated: dated after the evaluation date 2020-01-01 (INFO):")
        .containsPattern("/pledges/0 +2021-12-07 +Pledge KOR-2021-INF-1, made on 2021-12-07")
        .contains("Findings: 0 ERROR, 0 WARNING, 0 INFO; notices: 1; problems: 0.");
  }

  @Test
  void statistics_dated_after_the_evaluation_date_are_a_notice() {
    Cli.Result result = Cli.run("validate", Fixtures.path("statistics-three-years.csv"),
        "--as-of", "2014-12-31");

    assertThat(result.exitCode()).isZero();
    // Rows of 2015-06-30 and 2016-06-30, each of two categories: eight deployment records.
    assertThat(result.json().get("notices")).singleElement().satisfies(n -> {
      assertThat(n.get("location").asString()).isEmpty();
      assertThat(n.get("datedOn").asString()).isEqualTo("2015-06-30");
      assertThat(n.get("message").asString()).isEqualTo("8 deployment records of 2015-06-30 to"
          + " 2016-06-30 (2 reporting dates), dated after the evaluation date 2014-12-31, did not"
          + " exist on that date: they were not evaluated");
    });
  }

  @Test
  void a_snapshot_dated_after_the_evaluation_date_is_a_notice() {
    Cli.Result result = Cli.run("validate", Fixtures.path("deployment-snapshot.json"),
        "--as-of", "2013-12-31");

    assertThat(result.exitCode()).isZero();
    assertThat(result.json().get("findings")).isEmpty();
    assertThat(result.json().get("notices").get(0).get("datedOn").asString())
        .isEqualTo("2014-02-28");
  }

  @Test
  void warnings_pass_by_default() {
    Cli.Result result = validate("warnings-registry.json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.json().get("counts").get("WARNING").asInt()).isEqualTo(1);
  }

  @Test
  void fail_on_warning_with_only_warnings_exits_1() {
    Cli.Result result = validate("warnings-registry.json", "--fail-on", "WARNING");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.json().get("findings").get(0).get("ruleId").asString())
        .isEqualTo(Rules.LDN16_GENDER_SENSITIVE_TRAINING);
  }

  @Test
  void rules_option_leaves_out_the_other_rule_sets() {
    Cli.Result result = validate("errors-registry.json", "--rules", "SEO21,CHOD17");

    assertThat(result.exitCode()).isZero();
    assertThat(result.json().get("findings")).isEmpty();
  }

  @Test
  void malformed_json_exits_2_with_a_located_syntax_problem() {
    Cli.Result result = validate("malformed.json");

    assertThat(result.exitCode()).isEqualTo(2);
    JsonNode problem = result.json().get("problems").get(0);
    assertThat(problem.get("code").asString()).isEqualTo("MALFORMED_JSON");
    assertThat(problem.get("kind").asString()).isEqualTo("SYNTAX");
    assertThat(problem.get("severity").asString()).isEqualTo("ERROR");
    assertThat(problem.get("line").asLong()).isEqualTo(3);
    assertThat(problem.get("column").asLong()).isPositive();
  }

  @Test
  void structurally_invalid_json_exits_2_with_every_problem_located() {
    Cli.Result result = validate("invalid-registry.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.json().get("problems").valueStream().map(p -> p.get("location").asString()))
        .containsExactlyInAnyOrder("/pledges/0/colour", "/pledges/0/units/0/personnel/women");
  }

  @Test
  void missing_file_exits_2() {
    Cli.Result result = Cli.run("validate", "no-such-file.json");

    assertThat(result.exitCode()).isEqualTo(2);
    JsonNode problem = result.json().get("problems").get(0);
    assertThat(problem.get("kind").asString()).isEqualTo("UNREADABLE");
    assertThat(problem.get("message").asString()).isEqualTo("no such file");
  }

  @Test
  void deployment_snapshot_is_read_by_its_type() {
    Cli.Result result = validate("deployment-snapshot.json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.json().get("type").asString()).isEqualTo("deployment-snapshot");
  }

  @Test
  void csv_is_told_by_extension_or_by_content() {
    Cli.Result byExtension = validate("statistics.csv");
    Cli.Result byContent = validate("statistics-no-extension");

    assertThat(byExtension.exitCode()).isZero();
    assertThat(byExtension.json().get("type").asString()).isEqualTo("un-statistics");
    assertThat(byContent.exitCode()).isZero();
    assertThat(byContent.json().get("type").asString()).isEqualTo("un-statistics");
  }

  @Test
  void csv_with_a_bad_row_exits_2_naming_row_and_column() {
    Cli.Result result = validate("statistics-with-errors.csv");

    assertThat(result.exitCode()).isEqualTo(2);
    JsonNode problem = result.json().get("problems").get(0);
    assertThat(problem.get("code").asString()).isEqualTo("BAD_NUMBER");
    assertThat(problem.get("kind").asString()).isEqualTo("STRUCTURE");
    assertThat(problem.get("severity").asString()).isEqualTo("ERROR");
    assertThat(problem.get("location").asString())
        .isEqualTo("row 2, column Formed Police Units Female (10)");
  }

  @Test
  void several_files_give_one_json_line_each_and_the_worst_exit_code() {
    Cli.Result result = Cli.run("validate", Fixtures.path("clean-registry.json"),
        Fixtures.path("errors-registry.json"), "--as-of", Fixtures.AS_OF);
    Cli.Result withMissing = Cli.run("validate", Fixtures.path("errors-registry.json"),
        "missing.json", "--as-of", Fixtures.AS_OF);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.jsonLines()).hasSize(2);
    assertThat(withMissing.exitCode()).isEqualTo(2);
    assertThat(withMissing.jsonLines()).hasSize(2);
  }

  @Test
  void no_file_runs_on_the_bundled_data_as_of_today_by_default() {
    Cli.Result result = Cli.run("validate");

    assertThat(result.err()).contains("bundled sample data");
    List<JsonNode> outcomes = result.jsonLines();
    assertThat(outcomes).extracting(o -> o.get("file").asString())
        .containsExactly("bundled:sample-pledge-registry.json",
            "bundled:un-contributions-by-gender-2009-2014.csv");
    assertThat(outcomes).allSatisfy(o -> {
      assertThat(o.get("asOfDefault").asBoolean()).isTrue();
      assertThat(LocalDate.parse(o.get("asOf").asString()))
          .isBetween(LocalDate.now().minusDays(1), LocalDate.now());
    });
    // The UN file reads with one warning (a truncated contributor name).
    assertThat(outcomes.get(1).get("problems")).hasSize(1);
    assertThat(outcomes.get(1).get("problems").get(0).get("severity").asString())
        .isEqualTo("WARNING");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void text_output_says_the_date_is_the_default() {
    Cli.Result result = Cli.run("validate", Fixtures.path("clean-registry.json"), "--format", "text");

    assertThat(result.out()).contains("(the default: today; set another with --as-of)");
  }
}
