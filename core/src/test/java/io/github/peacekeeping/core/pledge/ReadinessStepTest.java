package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadinessStepTest {

  private static final LocalDate ON = LocalDate.of(2016, 9, 30);

  @Test
  void reached_records_a_level_without_evidence() {
    ReadinessStep step = ReadinessStep.reached(ReadinessLevel.LEVEL_2, ON);

    assertThat(step.on()).isEqualTo(ON);
    assertThat(step.level()).contains(ReadinessLevel.LEVEL_2);
    assertThat(step.exit()).isEmpty();
    assertThat(step.aav()).isEmpty();
    assertThat(step.sur()).isEmpty();
    assertThat(step.rapidDeployment()).isEmpty();
    assertThat(step).hasToString("2016-09-30 LEVEL_2");
  }

  @Test
  void left_records_an_exit() {
    ReadinessStep step = ReadinessStep.left(ReadinessExit.EXPIRED, ON);

    assertThat(step.level()).isEmpty();
    assertThat(step.exit()).contains(ReadinessExit.EXPIRED);
    assertThat(step).hasToString("2016-09-30 EXPIRED");
  }

  @Test
  void builder_keeps_the_evidence() {
    ReadinessStep step = ReadinessStep.builder()
        .on(ON)
        .level(ReadinessLevel.RAPID_DEPLOYMENT)
        .aav(AssessmentVisit.of(ON.minusMonths(3)))
        .sur(SurAlignment.of("SUR MINUSMA infantry", SurKind.MISSION_SPECIFIC, ON.minusMonths(1)))
        .rapidDeployment(RapidDeploymentCommitment.of(60, ON))
        .build();

    assertThat(step.aav()).contains(AssessmentVisit.of(ON.minusMonths(3)));
    assertThat(step.sur().orElseThrow().kind()).isEqualTo(SurKind.MISSION_SPECIFIC);
    assertThat(step.rapidDeployment().orElseThrow().days()).isEqualTo(60);
  }

  @Test
  void evidence_on_the_day_of_the_step_is_allowed() {
    ReadinessStep step = ReadinessStep.builder().on(ON).level(ReadinessLevel.LEVEL_2)
        .aav(AssessmentVisit.of(ON)).build();

    assertThat(step.aav().orElseThrow().date()).isEqualTo(ON);
  }

  @Test
  void rejects_evidence_dated_after_the_step_it_supports() {
    assertThatThrownBy(() -> ReadinessStep.builder().on(ON).level(ReadinessLevel.LEVEL_2)
            .aav(AssessmentVisit.of(ON.plusDays(1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aav: evidence must not be dated after the step it supports (2016-09-30),"
            + " was 2016-10-01");
    assertThatThrownBy(() -> ReadinessStep.builder().on(ON).level(ReadinessLevel.LEVEL_3)
            .sur(SurAlignment.generic("SUR", ON.plusDays(1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sur: evidence must not be dated after the step it supports");
    assertThatThrownBy(() -> ReadinessStep.builder().on(ON)
            .level(ReadinessLevel.RAPID_DEPLOYMENT)
            .rapidDeployment(RapidDeploymentCommitment.of(60, ON.plusDays(1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "rapidDeployment: evidence must not be dated after the step it supports");
  }

  @Test
  void rejects_a_step_with_both_or_neither_level_and_exit() {
    assertThatThrownBy(() -> ReadinessStep.builder().on(ON).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level: a step must have either a level or an exit, was level empty and exit"
            + " empty on 2016-09-30");
    assertThatThrownBy(() -> ReadinessStep.builder().on(ON).level(ReadinessLevel.LEVEL_1)
            .exit(ReadinessExit.WITHDRAWN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level: a step must have either a level or an exit, was level LEVEL_1 and"
            + " exit WITHDRAWN on 2016-09-30");
  }

  @Test
  void rejects_evidence_on_an_exit() {
    assertThatThrownBy(() -> ReadinessStep.builder().on(ON).exit(ReadinessExit.WITHDRAWN)
            .aav(AssessmentVisit.of(ON)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exit: a step leaving the system carries no evidence, was WITHDRAWN on"
            + " 2016-09-30 with evidence");
  }

  @Test
  void builder_names_a_missing_day() {
    assertThatThrownBy(() -> ReadinessStep.builder().level(ReadinessLevel.LEVEL_1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("on");
  }

  @Test
  void steps_with_equal_attributes_are_equal() {
    assertThat(ReadinessStep.reached(ReadinessLevel.LEVEL_1, ON))
        .isEqualTo(ReadinessStep.builder().on(ON).level(ReadinessLevel.LEVEL_1).build())
        .isNotEqualTo(ReadinessStep.reached(ReadinessLevel.LEVEL_2, ON));
  }
}
