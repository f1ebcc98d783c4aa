package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class StreamSummaryTest {

  @Test
  void exposes_its_counts() {
    StreamSummary summary = new StreamSummary(3, 2, 4, false, ValidationReport.empty());

    assertThat(summary.valid()).isEqualTo(3);
    assertThat(summary.invalid()).isEqualTo(2);
    assertThat(summary.problems()).isEqualTo(4);
    assertThat(summary.complete()).isFalse();
    assertThat(summary.registryFindings()).isEqualTo(ValidationReport.empty());
    assertThat(summary).hasToString(
        "StreamSummary{valid=3, invalid=2, problems=4, complete=false, registryFindings=0}");
  }

  @Test
  void rejects_null_registry_findings() {
    assertThatThrownBy(() -> new StreamSummary(0, 0, 0, true, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("registryFindings");
  }
}
