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

  @Test
  void no_file_reports_the_bundled_statistics_latest_month_system_wide() {
    Cli.Result result = Cli.run("report");

    JsonNode report = result.json();
    assertThat(report.get("file").asString())
        .isEqualTo("bundled:un-contributions-by-gender-2009-2014.csv");
    assertThat(report.get("date").asString()).isEqualTo("2014-02-28");
    assertThat(report.get("scope").asString()).isEqualTo("SYSTEM");
    assertThat(report.get("asOfDefault").asBoolean()).isTrue();
    // February 2014: 1,326 women among 13,061 police, against the 20% target (LDN16).
    JsonNode police = target(report, Rules.LDN16_WOMEN_POLICE_20);
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
        .contains("Figures of 2014-02-28; scope: MISSION")
        .containsPattern("LDN16-WOMEN-POLICE-20 +UNMISS +27.1% +20.0% +0 +met");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void registry_reports_the_readiness_targets_missed_after_the_deadline() {
    Cli.Result result = Cli.run("report", Fixtures.path("clean-registry.json"),
        "--as-of", Fixtures.AS_OF);

    JsonNode report = result.json();
    JsonNode level3 = target(report, Rules.LDN16_LEVEL3_12000);
    assertThat(level3.get("required").asLong()).isEqualTo(12000);
    assertThat(level3.get("actual").asLong()).isEqualTo(850);
    assertThat(level3.get("severity").asString()).isEqualTo("ERROR");
    assertThat(target(report, Rules.LDN16_RDL_4000).get("required").asLong()).isEqualTo(4000);
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void registry_before_the_deadline_is_not_a_failure() {
    Cli.Result result = Cli.run("report", Fixtures.path("clean-registry.json"),
        "--as-of", "2016-10-01");

    assertThat(result.json().get("targets").valueStream().map(t -> t.get("severity").asString()))
        .containsOnly("INFO");
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
