package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * The property test of testkit/README.md, its class body verbatim ({@link ReadmeSnippetsTest}
 * checks that every line of the README's Java snippets is in a test).
 */
class ReadmeExampleTest {

  private final CommuniqueValidator validator = CommuniqueValidator.create();

  @Test
  void level_three_pledges_pass_every_rule() {
    Testkit.qt().withExamples(1_000)
        .forAll(Pledges.pledges().atReadiness(ReadinessLevel.LEVEL_3))
        .checkAssert(pledge -> assertThat(
                validator.validate(pledge, Testkit.DEFAULT_CONTEXT)
                    .findingsAtOrAbove(Severity.WARNING))
            .as("findings for %s", pledge)
            .isEmpty());
  }

  @Test
  void the_registry_total_is_the_sum_of_the_pledges() {
    qt().forAll(lists().of(Pledges.pledges()).ofSizeBetween(0, 20))
        .check(registry -> registry.stream().mapToLong(p -> p.personnel().total()).sum()
            == registry.stream().map(Pledge::personnel)
                .reduce(io.github.peacekeeping.core.personnel.PersonnelCount.ZERO,
                    io.github.peacekeeping.core.personnel.PersonnelCount::plus).total());
  }
}
