package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a pledge's {@link Readiness} history: on a day, the pledge reached a PCRS level
 * (or fell back to it) with the evidence recorded for it, or it left the system (withdrawn or
 * expired).
 *
 * <p>Invariants: the step has a level or an exit, not both; a step that leaves the system carries
 * no evidence; evidence predates the level it supports: the Assessment and Advisory Visit, the SUR
 * alignment and the rapid-deployment commitment are dated on or before the step. Whether the
 * evidence backs the level (a successful visit from Level 2 on, a SUR from Level 3 on, a 60-day
 * window at the Rapid Deployment Level) is policy, reported by the rules module: a Level 3 step
 * without a SUR is constructible.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class ReadinessStep {

  ReadinessStep() {}

  /**
   * Returns the day the step took effect.
   *
   * @return the day, never null
   */
  public abstract LocalDate on();

  /**
   * Returns the level reached, or fallen back to, on {@link #on()}.
   *
   * @return the level, or empty for a step that leaves the system; never null
   */
  public abstract Optional<ReadinessLevel> level();

  /**
   * Returns how the pledge left the system on {@link #on()}.
   *
   * @return the exit, or empty for a step that reaches a level; never null
   */
  public abstract Optional<ReadinessExit> exit();

  /**
   * Returns the Assessment and Advisory Visit recorded as evidence for this step's level.
   *
   * @return the visit, dated on or before {@link #on()}, or empty; never null
   */
  public abstract Optional<AssessmentVisit> aav();

  /**
   * Returns the alignment with a Statement of Unit Requirements recorded as evidence.
   *
   * @return the alignment, dated on or before {@link #on()}, or empty; never null
   */
  public abstract Optional<SurAlignment> sur();

  /**
   * Returns the commitment to deploy within a number of days of a UN request.
   *
   * @return the commitment, made on or before {@link #on()}, or empty; never null
   */
  public abstract Optional<RapidDeploymentCommitment> rapidDeployment();

  /**
   * Returns a step reaching a level, with no evidence recorded.
   *
   * @param level the level reached, not null
   * @param on the day it was reached, not null
   * @return the step, never null
   * @throws NullPointerException if an argument is null
   */
  public static ReadinessStep reached(ReadinessLevel level, LocalDate on) {
    Objects.requireNonNull(level, "level");
    return builder().on(on).level(level).build();
  }

  /**
   * Returns a step leaving the system.
   *
   * @param exit how the pledge left, not null
   * @param on the day it left, not null
   * @return the step, never null
   * @throws NullPointerException if an argument is null
   */
  public static ReadinessStep left(ReadinessExit exit, LocalDate on) {
    Objects.requireNonNull(exit, "exit");
    return builder().on(on).exit(exit).build();
  }

  /**
   * Returns a new builder. The day, and a level or an exit, must be set.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ReadinessStep} values. {@code build()} throws {@link IllegalStateException} if the
   * day is missing and {@link IllegalArgumentException} if an invariant fails. Not thread-safe.
   */
  public static final class Builder extends ImmutableReadinessStep.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (level().isPresent() == exit().isPresent()) {
      throw InvalidAttributeException.of(
          "level", "a step must have either a level or an exit, was level "
              + level().map(Enum::name).orElse("empty")
              + " and exit "
              + exit().map(Enum::name).orElse("empty")
              + " on "
              + on());
    }
    if (exit().isPresent() && (aav().isPresent() || sur().isPresent()
        || rapidDeployment().isPresent())) {
      throw InvalidAttributeException.of(
          "exit", "a step leaving the system carries no evidence, was " + exit().get() + " on "
              + on() + " with evidence");
    }
    aav().ifPresent(visit -> requireNotAfterStep("aav", visit.date()));
    sur().ifPresent(alignment -> requireNotAfterStep("sur", alignment.alignedOn()));
    rapidDeployment().ifPresent(
        commitment -> requireNotAfterStep("rapidDeployment", commitment.committedOn()));
  }

  private void requireNotAfterStep(String attribute, LocalDate date) {
    if (date.isAfter(on())) {
      throw InvalidAttributeException.of(
          attribute, "evidence must not be dated after the step it supports (" + on()
              + "), was " + date);
    }
  }

  /**
   * Returns the step as {@code "2016-06-30 LEVEL_2"} or {@code "2018-01-31 WITHDRAWN"}.
   *
   * @return the step as text, never null
   */
  @Override
  public String toString() {
    return on() + " " + level().map(Enum::name).orElseGet(() -> exit().orElseThrow().name());
  }
}
