package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadinessLevelTest {

  @Test
  void levels_are_in_ascending_order_of_readiness() {
    assertThat(ReadinessLevel.values())
        .containsExactly(
            ReadinessLevel.LEVEL_1,
            ReadinessLevel.LEVEL_2,
            ReadinessLevel.LEVEL_3,
            ReadinessLevel.RAPID_DEPLOYMENT);
  }

  @Test
  void rapid_deployment_level_counts_as_level_3_or_above() {
    assertThat(ReadinessLevel.RAPID_DEPLOYMENT.isAtLeast(ReadinessLevel.LEVEL_3)).isTrue();
    assertThat(ReadinessLevel.LEVEL_3.isAtLeast(ReadinessLevel.LEVEL_3)).isTrue();
    assertThat(ReadinessLevel.LEVEL_2.isAtLeast(ReadinessLevel.LEVEL_3)).isFalse();
  }

  @Test
  void is_at_least_rejects_null() {
    assertThatThrownBy(() -> ReadinessLevel.LEVEL_1.isAtLeast(null))
        .isInstanceOf(NullPointerException.class);
  }
}
