package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeploymentStatusTest {

  @Test
  void constants_are_in_order_from_offered_to_deployed() {
    assertThat(DeploymentStatus.values())
        .containsExactly(
            DeploymentStatus.OFFERED,
            DeploymentStatus.READY_TO_DEPLOY,
            DeploymentStatus.DEPLOYED);
    assertThat(DeploymentStatus.DEPLOYED).isGreaterThan(DeploymentStatus.READY_TO_DEPLOY);
  }
}
