package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.target.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the rule catalogue: every rule of the requirements is in it, and every rule has a value
 * that passes it and one that breaks it, each behaving as declared.
 */
class RuleCatalogueTest {

  private static final Path REQUIREMENTS = Path.of(System.getProperty("user.dir"))
      .resolve("../docs/requirements.md").normalize();

  static List<RuleCase> allCases() {
    List<RuleCase> cases = new ArrayList<>();
    cases.addAll(PledgeRuleCases.cases());
    cases.addAll(UnitRuleCases.cases());
    cases.addAll(MissionRuleCases.cases());
    cases.addAll(TargetRuleCases.cases());
    return cases;
  }

  @Test
  void every_rule_id_of_the_requirements_is_in_the_catalogue() throws IOException {
    Set<String> required = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?m)^\\| ((?:LDN16|IPI21|CHOD17|SEO21|PCRS19|UNSC|UGPS28)-[A-Z0-9-]+) \\|")
        .matcher(Files.readString(REQUIREMENTS, StandardCharsets.UTF_8));
    while (m.find()) {
      required.add(m.group(1));
    }
    assertThat(required).hasSize(31);
    assertThat(Rules.all()).extracting(Rule::id).containsExactlyInAnyOrderElementsOf(required);
  }

  @Test
  void every_target_constant_is_a_catalogued_rule() {
    Stream.concat(Targets.genderTargets().stream().map(t -> t.id()),
            Targets.readinessTargets().stream().map(t -> t.id()))
        .forEach(id -> assertThat(Rules.find(id)).as(id).isPresent());
  }

  @Test
  void every_rule_has_a_passing_and_a_breaking_case() {
    List<RuleCase> cases = allCases();
    for (Rule rule : Rules.all()) {
      assertThat(cases).as("a case passing " + rule.id())
          .anyMatch(c -> c.ruleId().equals(rule.id()) && !c.breaks());
      assertThat(cases).as("a case breaking " + rule.id())
          .anyMatch(c -> c.ruleId().equals(rule.id()) && c.breaks());
    }
  }

  @TestFactory
  Stream<DynamicTest> every_case_behaves_as_declared() {
    return allCases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
      ValidationReport report = c.run();
      assertThat(c.brokenIn(report)).as(c + "\n" + report).isEqualTo(c.breaks());
    }));
  }
}
