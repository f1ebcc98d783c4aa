package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.source.SourceDocument;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TestkitTest {

  @Test
  void the_default_context_is_as_of_the_default_date_with_every_rule_set_and_no_gaps() {
    assertThat(Testkit.DEFAULT_DATE).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(Testkit.DEFAULT_CONTEXT.asOf()).isEqualTo(Testkit.DEFAULT_DATE);
    assertThat(Testkit.DEFAULT_CONTEXT.effectiveRuleSets())
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(SourceDocument.class));
    assertThat(Testkit.DEFAULT_CONTEXT.capabilityGaps()).isEmpty();
    assertThat(Testkit.DEFAULT_CONTEXT.womenBaseline()).isEmpty();
    assertThat(Testkit.DEFAULT_CONTEXT.interimTargets()).isEmpty();
  }
}
