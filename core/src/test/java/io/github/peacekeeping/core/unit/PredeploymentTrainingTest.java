package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PredeploymentTrainingTest {

  @Test
  void every_flag_is_false_and_no_day_by_default() {
    PredeploymentTraining training = PredeploymentTraining.builder().build();

    assertThat(training.unMinimumStandards()).isFalse();
    assertThat(training.conflictRelatedSexualViolence()).isFalse();
    assertThat(training.sexualExploitationAndAbuse()).isFalse();
    assertThat(training.genderSensitive()).isFalse();
    assertThat(training.completedOn()).isEmpty();
  }

  @Test
  void builder_sets_every_attribute() {
    PredeploymentTraining training =
        PredeploymentTraining.builder()
            .unMinimumStandards(true)
            .conflictRelatedSexualViolence(true)
            .sexualExploitationAndAbuse(true)
            .genderSensitive(true)
            .completedOn(LocalDate.of(2017, 3, 1))
            .build();

    assertThat(training.unMinimumStandards()).isTrue();
    assertThat(training.conflictRelatedSexualViolence()).isTrue();
    assertThat(training.sexualExploitationAndAbuse()).isTrue();
    assertThat(training.genderSensitive()).isTrue();
    assertThat(training.completedOn()).contains(LocalDate.of(2017, 3, 1));
  }

  @Test
  void trainings_with_equal_attributes_are_equal() {
    assertThat(PredeploymentTraining.builder().genderSensitive(true).build())
        .isEqualTo(PredeploymentTraining.builder().genderSensitive(true).build())
        .isNotEqualTo(PredeploymentTraining.builder().build());
  }

  @Test
  void training_counts_from_its_completion_day_and_undated_training_on_every_day() {
    java.time.LocalDate day = java.time.LocalDate.of(2016, 4, 1);
    PredeploymentTraining dated = PredeploymentTraining.builder().completedOn(day).build();

    assertThat(dated.isCompletedBy(day.minusDays(1))).isFalse();
    assertThat(dated.isCompletedBy(day)).isTrue();
    assertThat(PredeploymentTraining.builder().build().isCompletedBy(day.minusYears(5))).isTrue();
  }
}
