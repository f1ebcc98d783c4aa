package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessExitTest {

  @Test
  void a_pledge_leaves_the_system_withdrawn_or_expired() {
    assertThat(ReadinessExit.values())
        .containsExactly(ReadinessExit.WITHDRAWN, ReadinessExit.EXPIRED);
  }
}
