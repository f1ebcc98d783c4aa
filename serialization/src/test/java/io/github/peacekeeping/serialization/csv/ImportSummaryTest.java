package io.github.peacekeeping.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportSummaryTest {

  @Test
  void holds_the_counts_and_layout() {
    ImportSummary summary = ImportSummary.of(10, UnLayout.LONG, 9, 1, 2);

    assertThat(summary.rowsRead()).isEqualTo(10);
    assertThat(summary.layout()).contains(UnLayout.LONG);
    assertThat(summary.recordCount()).isEqualTo(9);
    assertThat(summary.errorCount()).isEqualTo(1);
    assertThat(summary.warningCount()).isEqualTo(2);
  }

  @Test
  void layout_is_empty_when_unknown() {
    assertThat(ImportSummary.of(0, null, 0, 1, 0).layout()).isEmpty();
  }

  @Test
  void rejects_a_negative_count() {
    assertThatThrownBy(() -> ImportSummary.of(1, UnLayout.WIDE, -2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counts: must not be negative, were 1, -2, 0, 0");
  }

  @Test
  void equal_when_all_attributes_are_equal() {
    assertThat(ImportSummary.of(3, UnLayout.WIDE, 2, 1, 0))
        .isEqualTo(ImportSummary.of(3, UnLayout.WIDE, 2, 1, 0))
        .isNotEqualTo(ImportSummary.of(3, UnLayout.WIDE, 2, 0, 1));
  }
}
