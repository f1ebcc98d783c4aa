package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RapidDeploymentCommitmentTest {

  private static final LocalDate DAY = LocalDate.of(2017, 1, 10);

  @Test
  void keeps_window_and_day() {
    RapidDeploymentCommitment commitment = RapidDeploymentCommitment.of(60, DAY);

    assertThat(commitment.days()).isEqualTo(60);
    assertThat(commitment.committedOn()).isEqualTo(DAY);
    assertThat(commitment).isEqualTo(RapidDeploymentCommitment.of(60, DAY))
        .isNotEqualTo(RapidDeploymentCommitment.of(30, DAY));
  }

  @Test
  void rejects_a_window_of_zero_or_fewer_days() {
    assertThatThrownBy(() -> RapidDeploymentCommitment.of(0, DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days: must be more than zero, was 0");
    assertThatThrownBy(() -> RapidDeploymentCommitment.of(-30, DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days: must be more than zero, was -30");
  }
}
