package io.github.peacekeeping.core.pledge;

import static io.github.peacekeeping.core.pledge.ReadinessLevel.LEVEL_1;
import static io.github.peacekeeping.core.pledge.ReadinessLevel.LEVEL_2;
import static io.github.peacekeeping.core.pledge.ReadinessLevel.LEVEL_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadinessTest {

  private static final LocalDate REGISTERED = LocalDate.of(2016, 3, 1);
  private static final LocalDate LEVEL_2_ON = LocalDate.of(2016, 6, 30);
  private static final LocalDate FELL_BACK_ON = LocalDate.of(2017, 3, 1);
  private static final LocalDate WITHDRAWN_ON = LocalDate.of(2018, 1, 31);

  /** Registered, up to Level 2, back to Level 1, withdrawn: illustrative dates. */
  private static Readiness history() {
    return Readiness.of(
        ReadinessStep.reached(LEVEL_1, REGISTERED),
        ReadinessStep.builder().on(LEVEL_2_ON).level(LEVEL_2)
            .aav(AssessmentVisit.of(LocalDate.of(2016, 6, 15))).build(),
        ReadinessStep.reached(LEVEL_1, FELL_BACK_ON),
        ReadinessStep.left(ReadinessExit.WITHDRAWN, WITHDRAWN_ON));
  }

  @Test
  void a_pledge_registered_once_at_one_level_is_one_line() {
    Readiness readiness = Readiness.of(LEVEL_3, REGISTERED);

    assertThat(readiness.steps()).containsExactly(ReadinessStep.reached(LEVEL_3, REGISTERED));
    assertThat(readiness.registeredOn()).isEqualTo(REGISTERED);
    assertThat(readiness.levelOn(REGISTERED)).contains(LEVEL_3);
  }

  @Test
  void level_on_a_day_is_that_of_the_latest_step_on_or_before_it() {
    Readiness readiness = history();

    assertThat(readiness.levelOn(REGISTERED.minusDays(1))).isEmpty();
    assertThat(readiness.levelOn(REGISTERED)).contains(LEVEL_1);
    assertThat(readiness.levelOn(LEVEL_2_ON.minusDays(1))).contains(LEVEL_1);
    assertThat(readiness.levelOn(LEVEL_2_ON)).contains(LEVEL_2);
    assertThat(readiness.levelOn(FELL_BACK_ON.minusDays(1))).contains(LEVEL_2);
    assertThat(readiness.levelOn(FELL_BACK_ON)).contains(LEVEL_1);
    assertThat(readiness.levelOn(WITHDRAWN_ON.minusDays(1))).contains(LEVEL_1);
    assertThat(readiness.levelOn(WITHDRAWN_ON)).isEmpty();
    assertThat(readiness.levelOn(LocalDate.of(2030, 1, 1))).isEmpty();
  }

  @Test
  void step_on_a_day_carries_the_evidence_of_that_step() {
    Readiness readiness = history();

    assertThat(readiness.stepOn(LEVEL_2_ON.plusDays(1)).orElseThrow().aav())
        .contains(AssessmentVisit.of(LocalDate.of(2016, 6, 15)));
    assertThat(readiness.stepOn(WITHDRAWN_ON).orElseThrow().exit())
        .contains(ReadinessExit.WITHDRAWN);
    assertThat(readiness.latest()).isEqualTo(ReadinessStep.left(ReadinessExit.WITHDRAWN,
        WITHDRAWN_ON));
  }

  @Test
  void registration_is_the_first_step() {
    Readiness readiness = history();

    assertThat(readiness.registeredOn()).isEqualTo(REGISTERED);
    assertThat(readiness.isRegisteredBy(REGISTERED.minusDays(1))).isFalse();
    assertThat(readiness.isRegisteredBy(REGISTERED)).isTrue();
  }

  @Test
  void a_pledge_may_reach_a_level_again_after_it_left() {
    Readiness readiness = history()
        .withStep(ReadinessStep.reached(LEVEL_1, LocalDate.of(2019, 5, 1)));

    assertThat(readiness.levelOn(LocalDate.of(2019, 4, 30))).isEmpty();
    assertThat(readiness.levelOn(LocalDate.of(2019, 5, 1))).contains(LEVEL_1);
    assertThat(readiness.registeredOn()).isEqualTo(REGISTERED);
  }

  @Test
  void entered_by_a_day_is_the_registration_or_the_return_after_an_exit() {
    LocalDate back = LocalDate.of(2019, 5, 1);
    Readiness readiness = history().withStep(ReadinessStep.reached(LEVEL_1, back));

    assertThat(readiness.enteredBy(REGISTERED.minusDays(1))).isEmpty();
    assertThat(readiness.enteredBy(FELL_BACK_ON)).contains(REGISTERED);
    assertThat(readiness.enteredBy(WITHDRAWN_ON)).isEmpty();
    assertThat(readiness.enteredBy(back.minusDays(1))).isEmpty();
    assertThat(readiness.enteredBy(back)).contains(back);
    assertThat(readiness.enteredBy(LocalDate.of(2030, 1, 1))).contains(back);
  }

  @Test
  void rejects_an_empty_history() {
    assertThatThrownBy(() -> Readiness.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps: must not be empty, was []");
  }

  @Test
  void rejects_a_history_that_starts_with_an_exit() {
    assertThatThrownBy(() -> Readiness.of(ReadinessStep.left(ReadinessExit.EXPIRED, REGISTERED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps: the first step must reach a level (the registration), was 2016-03-01"
            + " EXPIRED");
  }

  @Test
  void rejects_steps_out_of_order_or_on_one_day() {
    assertThatThrownBy(() -> Readiness.of(ReadinessStep.reached(LEVEL_2, LEVEL_2_ON),
            ReadinessStep.reached(LEVEL_3, LEVEL_2_ON)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps[1]: must be after the step before it (2016-06-30 LEVEL_2), was"
            + " 2016-06-30 LEVEL_3");
    assertThatThrownBy(() -> Readiness.of(LEVEL_2, LEVEL_2_ON)
            .withStep(ReadinessStep.reached(LEVEL_1, REGISTERED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("steps[1]: must be after the step before it");
  }

  @Test
  void rejects_an_exit_after_an_exit() {
    assertThatThrownBy(() -> history()
            .withStep(ReadinessStep.left(ReadinessExit.EXPIRED, LocalDate.of(2019, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps[4]: an exit must not follow an exit (2018-01-31 WITHDRAWN), was"
            + " 2019-01-01 EXPIRED");
  }

  @Test
  void rejects_null_arguments() {
    assertThatThrownBy(() -> Readiness.of(null, REGISTERED))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("level");
    assertThatThrownBy(() -> history().levelOn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
  }

  @Test
  void histories_with_equal_steps_are_equal() {
    assertThat(history())
        .isEqualTo(history())
        .hasSameHashCodeAs(history())
        .isNotEqualTo(Readiness.of(LEVEL_1, REGISTERED));
  }

  @Test
  void steps_are_unmodifiable() {
    assertThatThrownBy(() -> history().steps().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
