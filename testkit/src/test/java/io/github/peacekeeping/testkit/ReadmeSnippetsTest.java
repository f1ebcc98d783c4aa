package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of testkit/README.md are code that tests run: each line of each snippet is
 * a line of this class, of {@link ReadmeExampleTest} or of the consumer project's tests (whose
 * README snippet is the whole file). A snippet edited in the README but not here fails.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("README.md");
  private static final Path CONSUMER =
      Path.of("../it/testkit-consumer/src/test/java/org/example/consumer");
  private static final Path TESTS = Path.of("src/test/java/io/github/peacekeeping/testkit");

  private static List<String> javaSnippets() throws IOException {
    Matcher matcher = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(README));
    List<String> snippets = new ArrayList<>();
    while (matcher.find()) {
      snippets.add(matcher.group(1));
    }
    return snippets;
  }

  @Test
  void every_line_of_the_readme_java_snippets_is_in_a_test_that_runs() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path source : List.of(TESTS.resolve("ReadmeExampleTest.java"),
        TESTS.resolve("ReadmeSnippetsTest.java"),
        CONSUMER.resolve("FormedPoliceUnitPropertyTest.java"))) {
      Files.readAllLines(source).forEach(line -> lines.add(line.strip()));
    }
    List<String> snippets = javaSnippets();
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(4);
    for (String snippet : snippets) {
      for (String line : snippet.lines().map(String::strip).toList()) {
        if (line.isEmpty() || line.startsWith("import ") || line.startsWith("package ")
            || line.startsWith("class ")) {
          continue;
        }
        assertThat(lines).as("README line not in a test: %s", line).contains(line);
      }
    }
  }

  @Test
  void the_consumer_test_is_quoted_in_full() throws IOException {
    String quoted = javaSnippets().stream()
        .filter(s -> s.contains("class FormedPoliceUnitPropertyTest")).findFirst().orElseThrow();
    assertThat(quoted).isEqualTo(
        Files.readString(CONSUMER.resolve("FormedPoliceUnitPropertyTest.java")));
  }

  @Test
  void composition() {
    PledgeGenerator fpuPledges = Pledges.pledges()
        .withUnits(Units.units().ofCategory(UnitCategory.POLICE))
        .violating(Rules.LDN16_FPU_WOMEN_PLATOON);
    Pledge pledge = Samples.of(new SplittableRandom(42)).sample(fpuPledges);
    assertThat(pledge.units()).filteredOn(u -> u.type().equals(UnitType.FORMED_POLICE_UNIT))
        .filteredOn(u -> u.platoons().stream().noneMatch(p -> p.isAllWomen()))
        .hasSize(1);
  }

  @Test
  void samples() {
    Samples samples = Samples.of(new SplittableRandom(42));
    Pledge pledge = samples.sample(Pledges.pledges().from(MemberState.fromName("Ghana")));
    List<Unit> units = samples.sample(Units.units().ofType(UnitType.FORMED_POLICE_UNIT), 10);
    assertThat(pledge.contributors().get(0)).isEqualTo(MemberState.fromName("Ghana"));
    assertThat(units).hasSize(10).allMatch(u -> u.type().equals(UnitType.FORMED_POLICE_UNIT));
  }
}
