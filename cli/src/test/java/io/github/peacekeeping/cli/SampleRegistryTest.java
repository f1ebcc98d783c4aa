package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleRegistryTest {

  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

  @Test
  void sample_breaks_only_the_two_warning_rules_it_means_to() {
    var report = CommuniqueValidator.create().validateRegistry(SampleRegistry.pledges(), CONTEXT);

    assertThat(report.findings().stream().filter(f -> f.assessment().isEmpty())
            .filter(f -> f.severity() != Severity.INFO)
            .map(Finding::ruleId))
        .containsExactlyInAnyOrder(Rules.PCRS19_PLEDGE_CURRENCY, Rules.LDN16_FPU_WOMEN_PLATOON);
  }
}
