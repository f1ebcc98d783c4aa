package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pledge's readiness in the Peacekeeping Capability Readiness System (PCRS) as a history: the
 * levels it reached or fell back to, and the days it left the system (withdrawn or expired), each
 * {@linkplain ReadinessStep step} on a day with its evidence.
 *
 * <p>The first step is the registration: a level, on {@link #registeredOn()}. The level in force on
 * a day is that of the latest step on or before it ({@link #levelOn(LocalDate)}): none before the
 * registration, none after an exit until a later step reaches a level again. A pledge registered
 * once at one level is one line: {@code Readiness.of(ReadinessLevel.LEVEL_1, registeredOn)}.
 *
 * <p>Invariants: at least one step; the first reaches a level; the days strictly increase, so that
 * no day has two steps; an exit is not followed by another exit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Readiness {

  Readiness() {}

  /**
   * Returns the steps, in the order of their days.
   *
   * @return the steps, at least one, unmodifiable, never null
   */
  public abstract List<ReadinessStep> steps();

  /**
   * Returns the history of a pledge registered at one level on one day, with no evidence recorded.
   *
   * @param level the level, not null
   * @param registeredOn the day of the registration, not null
   * @return the history, never null
   * @throws NullPointerException if an argument is null
   */
  public static Readiness of(ReadinessLevel level, LocalDate registeredOn) {
    return of(ReadinessStep.reached(level, registeredOn));
  }

  /**
   * Returns the history of the given steps.
   *
   * @param first the registration step, not null
   * @param later the later steps, in the order of their days, not null, without null elements
   * @return the history, never null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if an invariant fails
   */
  public static Readiness of(ReadinessStep first, ReadinessStep... later) {
    return builder().addStep(first).addAllSteps(Arrays.asList(later)).build();
  }

  /**
   * Returns a new builder. At least one step must be added, the registration first.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Readiness} histories: {@code addStep} appends steps in the order of their days.
   * {@code build()} throws {@link IllegalArgumentException} if an invariant fails. Not thread-safe.
   */
  public static final class Builder extends ImmutableReadiness.Builder {
    Builder() {}
  }

  /**
   * Returns this history with one more step at its end.
   *
   * @param step the step, after the last one, not null
   * @return the longer history, never null
   * @throws NullPointerException if {@code step} is null
   * @throws IllegalArgumentException if {@code step} is not after the last step, or is an exit
   *     after an exit
   */
  public Readiness withStep(ReadinessStep step) {
    Objects.requireNonNull(step, "step");
    List<ReadinessStep> steps = new ArrayList<>(steps());
    steps.add(step);
    return builder().addAllSteps(steps).build();
  }

  /**
   * Returns the day the pledge was registered in the PCRS: the day of the first step.
   *
   * @return the day, never null
   */
  public LocalDate registeredOn() {
    return steps().get(0).on();
  }

  /**
   * Returns the latest step.
   *
   * @return the step, never null
   */
  public ReadinessStep latest() {
    return steps().get(steps().size() - 1);
  }

  /**
   * Returns the step in force on a day: the latest one on or before it.
   *
   * @param date the day, not null
   * @return the step, or empty before the registration; never null
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<ReadinessStep> stepOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<ReadinessStep> steps = steps();
    // Binary search: the steps' days strictly increase. Histories are short, but registries large.
    int low = 0;
    int high = steps.size() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (steps.get(middle).on().isAfter(date)) {
        high = middle - 1;
      } else {
        found = middle;
        low = middle + 1;
      }
    }
    return found < 0 ? Optional.empty() : Optional.of(steps.get(found));
  }

  /**
   * Returns the level in force on a day: that of the latest step on or before it.
   *
   * @param date the day, not null
   * @return the level, or empty before the registration or while the pledge has left the system;
   *     never null
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<ReadinessLevel> levelOn(LocalDate date) {
    return stepOn(date).flatMap(ReadinessStep::level);
  }

  /**
   * Tells whether the pledge was registered in the PCRS on or before a day.
   *
   * @param date the day, not null
   * @return true if {@link #registeredOn()} is not after {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isRegisteredBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !registeredOn().isAfter(date);
  }

  /**
   * Returns the day the pledge last entered the PCRS on or before a day: the registration, or, for
   * a pledge that left the system (withdrawn or expired) and reached a level again, the day of
   * that return. The renewal cycle runs from that day.
   *
   * @param date the day, not null
   * @return the day of entry, or empty if the pledge holds no level on {@code date}; never null
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<LocalDate> enteredBy(LocalDate date) {
    if (levelOn(date).isEmpty()) {
      return Optional.empty();
    }
    LocalDate entered = registeredOn();
    boolean out = false;
    for (ReadinessStep step : steps()) {
      if (step.on().isAfter(date)) {
        break;
      }
      if (step.exit().isPresent()) {
        out = true;
      } else if (out) {
        entered = step.on();
        out = false;
      }
    }
    return Optional.of(entered);
  }

  @Value.Check
  void check() {
    List<ReadinessStep> steps = steps();
    if (steps.isEmpty()) {
      throw InvalidAttributeException.of("steps", "must not be empty, was []");
    }
    if (steps.get(0).exit().isPresent()) {
      throw InvalidAttributeException.of(
          "steps", "the first step must reach a level (the registration), was " + steps.get(0));
    }
    for (int i = 1; i < steps.size(); i++) {
      ReadinessStep previous = steps.get(i - 1);
      ReadinessStep step = steps.get(i);
      if (!step.on().isAfter(previous.on())) {
        throw InvalidAttributeException.ofElement(
            "steps", i, "must be after the step before it (" + previous + "), was " + step);
      }
      if (step.exit().isPresent() && previous.exit().isPresent()) {
        throw InvalidAttributeException.ofElement(
            "steps", i, "an exit must not follow an exit (" + previous + "), was " + step);
      }
    }
  }
}
