package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.validation.Rules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportCommandIT {

  private static JsonNode target(JsonNode report, String ruleId) {
    return report.get("targets").valueStream()
        .filter(t -> t.get("ruleId").asString().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no target " + ruleId + " in " + report));
  }

  private static JsonNode target(JsonNode report, String ruleId, String stage) {
    return report.get("targets").valueStream()
        .filter(t -> t.get("ruleId").asString().equals(ruleId))
        .filter(t -> t.get("stage").asString().equals(stage))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + stage + " " + ruleId + " in " + report));
  }

  @Test
  void no_file_reports_the_bundled_statistics_latest_month_system_wide() {
    Cli.Result result = Cli.run("report");

    JsonNode report = result.json();
    assertThat(report.get("file").asString())
        .isEqualTo("bundled:un-contributions-by-gender-2009-2014.csv");
    assertThat(report.get("date").asString()).isEqualTo("2014-02-28");
    assertThat(report.get("scope").asString()).isEqualTo("SYSTEM");
    assertThat(report.get("asOfDefault").asBoolean()).isTrue();
    // February 2014: 1,326 women among 13,061 police, against the 20% target (LDN16) due by the
    // end of 2014: the verdict rests on February 2014, the latest figures on or before it.
    JsonNode police = target(report, Rules.LDN16_WOMEN_POLICE_20);
    assertThat(police.get("stage").asString()).isEqualTo("AT_DEADLINE");
    assertThat(police.get("figuresOn").asString()).isEqualTo("2014-02-28");
    assertThat(police.get("deadline").asString()).isEqualTo("2014-12-31");
    assertThat(police.get("severity").asString()).isEqualTo("ERROR");
    assertThat(police.get("actual").asLong()).isEqualTo(1326);
    assertThat(police.get("population").asLong()).isEqualTo(13061);
    assertThat(police.get("actualShare").asString()).isEqualTo("10.2%");
    assertThat(police.get("met").asBoolean()).isFalse();
    assertThat(police.has("subject")).isFalse();
    assertThat(report.get("counts").get("missed").asInt()).isPositive();
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void month_option_picks_another_month() {
    Cli.Result result = Cli.run("report", "--month", "2013-01-31");

    assertThat(result.json().get("date").asString()).isEqualTo("2013-01-31");
  }

  @Test
  void month_absent_from_the_file_exits_2() {
    Cli.Result result = Cli.run("report", "--month", "2013-01-15");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.json().get("problems").valueStream().map(p -> p.get("kind").asString()))
        .contains("NO_FIGURES");
  }

  @Test
  void contributor_scope_assesses_each_contributor() {
    Cli.Result result = Cli.run("report", Fixtures.path("statistics.csv"), "--scope", "contributor");

    JsonNode report = result.json();
    assertThat(report.get("scope").asString()).isEqualTo("CONTRIBUTOR");
    assertThat(report.get("targets").valueStream().map(t -> t.get("subject").asString()))
        .contains("RWA", "GHA");
  }

  @Test
  void mission_scope_on_a_snapshot_document() {
    Cli.Result result = Cli.run("report", Fixtures.path("deployment-snapshot.json"),
        "--scope", "MISSION", "--format", "text");

    assertThat(result.out())
        .contains("Figures of 2014-02-28, the latest on or before ")
        .contains("; scope: MISSION")
        .containsPattern("LDN16-WOMEN-POLICE-20 +UNMISS +27.1% +20.0% +0 +met by 2014-12-31,"
            + " on the figures of 2014-02-28 +UNMISS: met by the deadline 2014-12-31: on"
            + " 2014-02-28, ");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void json_target_carries_stage_figures_date_and_deadline_in_the_documented_order() {
    Cli.Result result = Cli.run("report", Fixtures.path("statistics.csv"), "--as-of",
        Fixtures.AS_OF);

    JsonNode report = result.json();
    assertThat(report.propertyNames()).containsExactly("file", "type", "asOf", "asOfDefault",
        "date", "scope", "targets", "notices", "problems", "counts");
    assertThat(target(report, Rules.LDN16_WOMEN_POLICE_20).propertyNames()).containsExactly(
        "ruleId", "severity", "scope", "stage", "figuresOn", "deadline", "actual", "required",
        "population", "actualShare", "targetShare", "met", "shortfall", "message");
    assertThat(report.get("counts").propertyNames()).containsExactly(
        "met", "missed", "notYetMet", "notJudged", "notices", "problems");
  }

  @Test
  void a_passed_deadline_is_judged_on_its_own_figures_with_the_later_ones_as_information() {
    // Police (individual and formed) in the fixture: 15 women of 165 on 2014-06-30, 52 of 192 on
    // 2015-06-30; the figures of 2016-06-30 are after the evaluation date.
    Cli.Result result = Cli.run("report", Fixtures.path("statistics-three-years.csv"),
        "--as-of", "2015-12-31");

    JsonNode report = result.json();
    assertThat(report.get("date").asString()).isEqualTo("2015-06-30");
    JsonNode verdict = target(report, Rules.LDN16_WOMEN_POLICE_20, "AT_DEADLINE");
    assertThat(verdict.get("figuresOn").asString()).isEqualTo("2014-06-30");
    assertThat(verdict.get("actual").asLong()).isEqualTo(15);
    assertThat(verdict.get("population").asLong()).isEqualTo(165);
    assertThat(verdict.get("met").asBoolean()).isFalse();
    assertThat(verdict.get("shortfall").asLong()).isEqualTo(18);
    assertThat(verdict.get("severity").asString()).isEqualTo("ERROR");
    JsonNode since = target(report, Rules.LDN16_WOMEN_POLICE_20, "SINCE_DEADLINE");
    assertThat(since.get("figuresOn").asString()).isEqualTo("2015-06-30");
    assertThat(since.get("actual").asLong()).isEqualTo(52);
    assertThat(since.get("met").asBoolean()).isTrue();
    assertThat(since.get("severity").asString()).isEqualTo("INFO");
    // The staff officers and observers target is due at the end of 2017: progress.
    JsonNode progress = target(report, Rules.LDN16_WOMEN_SO_MO_15);
    assertThat(progress.get("stage").asString()).isEqualTo("PROGRESS");
    assertThat(progress.get("figuresOn").asString()).isEqualTo("2015-06-30");
    assertThat(report.get("notices")).singleElement().satisfies(n -> {
      assertThat(n.get("datedOn").asString()).isEqualTo("2016-06-30");
      // Two rows, each of two categories: four deployment records.
      assertThat(n.get("message").asString()).isEqualTo("4 deployment records of 2016-06-30,"
          + " dated after the evaluation date 2015-12-31, did not exist on that date: they were"
          + " not evaluated");
    });
    assertThat(report.get("counts").get("missed").asInt()).isEqualTo(1);
    assertThat(report.get("counts").get("notices").asInt()).isEqualTo(1);
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void text_groups_each_verdict_with_its_since_deadline_line() {
    Cli.Result result = Cli.run("report", Fixtures.path("statistics-three-years.csv"),
        "--as-of", "2015-12-31", "--format", "text");

    assertThat(result.out())
        .contains("A target whose deadline has passed is judged on the figures in force on its"
            + " deadline; the latest figures since follow, as information.")
        .containsPattern("\\nLDN16-WOMEN-POLICE-20 +\\(all\\) +9.1% +20.0% +18 +missed by"
            + " 2014-12-31, on the figures of 2014-06-30 \\(ERROR\\) +Missed by the deadline"
            + " 2014-12-31: on 2014-06-30, women were 15 of 165 \\(9.1%\\)[^\\n]*\\n"
            + " +27.1% +20.0% +0 +since the deadline, on the figures of 2015-06-30: met +After the"
            + " deadline 2014-12-31, on 2015-06-30: women are 52 of 192")
        .containsPattern("LDN16-WOMEN-SO-MO-15 +\\(all\\) +16.7% +15.0% +0 +due 2017-12-31; on the"
            + " figures of 2015-06-30: met ")
        .containsPattern("\\(whole input\\) +2016-06-30 +4 deployment records of 2016-06-30,"
            + " dated after the evaluation date 2015-12-31")
        .contains("Targets met: 3; missed by their deadline: 1; not met yet, deadline ahead: 2;"
            + " not judged, no figures by the deadline: 0; notices: 1; problems: 0.");
  }

  @Test
  void month_after_the_evaluation_date_exits_2_saying_so() {
    Cli.Result result = Cli.run("report", Fixtures.path("statistics-three-years.csv"),
        "--as-of", "2015-12-31", "--month", "2016-06-30");

    assertThat(result.exitCode()).isEqualTo(2);
    JsonNode report = result.json();
    assertThat(report.get("targets")).isEmpty();
    assertThat(report.get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("kind").asString()).isEqualTo("NO_FIGURES");
      assertThat(p.get("message").asString()).isEqualTo("the figures of 2016-06-30 are after the"
          + " evaluation date 2015-12-31: give --as-of 2016-06-30 or later");
    });
    assertThat(report.get("notices")).hasSize(1);
  }

  @Test
  void snapshot_dated_after_the_evaluation_date_is_not_assessed() {
    Cli.Result result = Cli.run("report", Fixtures.path("deployment-snapshot.json"),
        "--as-of", "2013-12-31");

    assertThat(result.exitCode()).isEqualTo(2);
    JsonNode report = result.json();
    assertThat(report.get("targets")).isEmpty();
    assertThat(report.get("notices").get(0).get("message").asString())
        .isEqualTo("The deployment snapshot, dated on 2014-02-28, after the evaluation date"
            + " 2013-12-31, did not exist on that date: it was not evaluated");
    assertThat(report.get("problems").get(0).get("message").asString())
        .isEqualTo("the snapshot's figures are of 2014-02-28, after the evaluation date"
            + " 2013-12-31: give --as-of 2014-02-28 or later");
  }

  @Test
  void registry_reports_the_readiness_targets_missed_after_the_deadline() {
    Cli.Result result = Cli.run("report", Fixtures.path("clean-registry.json"),
        "--as-of", Fixtures.AS_OF);

    JsonNode report = result.json();
    // The registry's one pledge (850 at Level 3) was made in 2021: none on the deadline.
    JsonNode verdict = target(report, Rules.LDN16_LEVEL3_12000, "AT_DEADLINE");
    assertThat(verdict.get("required").asLong()).isEqualTo(12000);
    assertThat(verdict.get("figuresOn").asString()).isEqualTo("2016-12-31");
    assertThat(verdict.get("actual").asLong()).isZero();
    assertThat(verdict.get("severity").asString()).isEqualTo("ERROR");
    JsonNode since = target(report, Rules.LDN16_LEVEL3_12000, "SINCE_DEADLINE");
    assertThat(since.get("figuresOn").asString()).isEqualTo(Fixtures.AS_OF);
    assertThat(since.get("actual").asLong()).isEqualTo(850);
    assertThat(since.get("severity").asString()).isEqualTo("INFO");
    assertThat(target(report, Rules.LDN16_RDL_4000).get("required").asLong()).isEqualTo(4000);
    assertThat(report.get("counts").get("missed").asInt()).isEqualTo(2);
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void registry_text_shows_the_verdict_then_the_levels_of_the_evaluation_date() {
    Cli.Result result = Cli.run("report", Fixtures.path("clean-registry.json"),
        "--as-of", Fixtures.AS_OF, "--format", "text");

    assertThat(result.out()).containsPattern("LDN16-LEVEL3-12000 +\\(all\\) +12,000 +missed by"
        + " 2016-12-31, on the figures of 2016-12-31 \\(ERROR\\) +Missed by the deadline"
        + " 2016-12-31: on 2016-12-31, 0 troops and police were pledged[^\\n]*\\n +11,150 +since"
        + " the deadline, on the figures of " + Fixtures.AS_OF + ": not met +After the deadline");
  }

  @Test
  void registry_before_the_deadline_is_not_a_failure() {
    Cli.Result result = Cli.run("report", Fixtures.path("clean-registry.json"),
        "--as-of", "2016-10-01");

    JsonNode report = result.json();
    assertThat(report.get("targets").valueStream().map(t -> t.get("severity").asString()))
        .containsOnly("INFO");
    assertThat(report.get("targets").valueStream().map(t -> t.get("stage").asString()))
        .containsOnly("PROGRESS");
    // Its one pledge was made in 2021: a notice says it was not evaluated.
    assertThat(report.get("notices")).singleElement().satisfies(
        n -> assertThat(n.get("location").asString()).isEqualTo("/pledges/0"));
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void unknown_scope_is_bad_usage() {
    Cli.Result result = Cli.run("report", "--scope", "galaxy");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--scope");
  }

  @Test
  void malformed_input_exits_2() {
    Cli.Result result = Cli.run("report", Fixtures.path("malformed.json"));

    assertThat(result.exitCode()).isEqualTo(2);
  }
}
