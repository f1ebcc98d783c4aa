package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.Bounds;
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

  @Test
  void rejects_a_window_over_the_bound() {
    assertThatThrownBy(() -> RapidDeploymentCommitment.of(Bounds.MAX_RAPID_DEPLOYMENT_DAYS + 1, DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days: must be at most 3650, was 3651");
    assertThatThrownBy(() -> RapidDeploymentCommitment.of(Integer.MAX_VALUE, DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days: must be at most 3650, was " + Integer.MAX_VALUE);
    assertThat(RapidDeploymentCommitment.of(3_650, DAY).days()).isEqualTo(3_650);
  }
}
