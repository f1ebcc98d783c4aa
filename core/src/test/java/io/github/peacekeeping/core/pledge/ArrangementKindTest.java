package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArrangementKindTest {

  @Test
  void has_one_kind_per_arrangement() {
    assertThat(ArrangementKind.values())
        .containsExactly(
            ArrangementKind.SINGLE,
            ArrangementKind.JOINT,
            ArrangementKind.ROTATION,
            ArrangementKind.TRIANGULAR,
            ArrangementKind.DONATION);
  }
}
