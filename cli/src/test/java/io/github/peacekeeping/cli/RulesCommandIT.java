package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.validation.Rules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RulesCommandIT {

  @Test
  void text_lists_every_rule_with_its_severity_and_rule_set() {
    Cli.Result result = Cli.run("rules", "--format", "text");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("ID")
        .contains("SEVERITY", "RULE SET", "DESCRIPTION")
        .containsPattern("LDN16-NIO +ERROR +LDN16 +Every military unit deployed")
        .contains(Rules.all().size() + " rules in ");
  }

  @Test
  void json_lists_every_rule_with_its_citation() {
    Cli.Result result = Cli.run("rules", "--format", "json");

    assertThat(result.exitCode()).isZero();
    JsonNode json = result.json();
    assertThat(json.get("count").asInt()).isEqualTo(Rules.all().size());
    JsonNode first = json.get("rules").get(0);
    assertThat(first.get("id").asString()).isEqualTo(Rules.LDN16_PCRS_REGISTERED);
    assertThat(first.get("severity").asString()).isEqualTo("ERROR");
    assertThat(first.get("ruleSet").asString()).isEqualTo("LDN16");
    assertThat(first.get("citation").get("quote").asString()).contains("Peacekeeping Capability");
  }

  @Test
  void redirected_output_defaults_to_json() {
    Cli.Result result = Cli.run("rules");

    assertThat(result.exitCode()).isZero();
    assertThat(result.json().has("rules")).isTrue();
  }

  @Test
  void rules_option_keeps_only_the_rule_sets_named() {
    Cli.Result result = Cli.run("rules", "--rules", "seo21,CHOD17", "--format", "json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.json().get("rules").valueStream().map(r -> r.get("id").asString()))
        .containsExactlyInAnyOrder(Rules.CHOD17_EQUIPMENT_STANDARD, Rules.SEO21_PLEDGE_CATEGORY);
  }

  @Test
  void unknown_rule_set_is_bad_usage() {
    Cli.Result result = Cli.run("rules", "--rules", "LDN99");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown rule set 'LDN99'");
  }
}
