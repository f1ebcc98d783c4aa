package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A task a Security Council resolution mandates a mission to carry out.
 *
 * <p>Mandates increasingly prioritise and sequence their tasks: a task may carry a priority
 * (1 is the highest) and a phase, such as {@code "transition"}. The description is never blank,
 * a priority is at least 1, and a phase is never blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class MandatedTask {

  MandatedTask() {}

  /**
   * Returns what the mission is to do, as the mandate words it.
   *
   * @return the description, never null or blank
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Returns the kind of task.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract MandatedTaskKind kind();

  /**
   * Returns the task's priority, 1 being the highest, if the mandate gives one.
   *
   * @return the priority, at least 1, or empty; never null
   */
  public abstract OptionalInt priority();

  /**
   * Returns the phase of the mandate the task belongs to, if the mandate sequences its tasks.
   *
   * @return the phase, never blank, or empty; never null
   */
  public abstract Optional<String> phase();

  /**
   * Returns a task with neither priority nor phase.
   *
   * @param description what the mission is to do, not null or blank
   * @param kind the kind of task, not null
   * @return the task, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static MandatedTask of(String description, MandatedTaskKind kind) {
    return ImmutableMandatedTask.of(description, kind);
  }

  /**
   * Returns a builder for a task.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of this task with the given priority.
   *
   * @param priority the priority, at least 1
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code priority} is less than 1
   */
  // Declared here so that callers holding a MandatedTask see the copy methods; the generated
  // class overrides both with its own, which check the invariants.
  public MandatedTask withPriority(int priority) {
    return ImmutableMandatedTask.copyOf(this).withPriority(priority);
  }

  /**
   * Returns a copy of this task in the given phase.
   *
   * @param phase the phase, not null or blank
   * @return the copy, never null
   * @throws NullPointerException if {@code phase} is null
   * @throws IllegalArgumentException if {@code phase} is blank
   */
  public MandatedTask withPhase(String phase) {
    return ImmutableMandatedTask.copyOf(this).withPhase(phase);
  }

  /**
   * Tells whether the mandate prioritises or sequences this task.
   *
   * @return true if the task has a priority or a phase
   */
  public boolean isSequenced() {
    return priority().isPresent() || phase().isPresent();
  }

  @Value.Check
  void check() {
    if (description().isBlank()) {
      throw InvalidAttributeException.of(
          "description", "must not be blank, was '" + description() + "'");
    }
    if (priority().isPresent() && priority().getAsInt() < 1) {
      throw InvalidAttributeException.of(
          "priority", "must be at least 1, was " + priority().getAsInt());
    }
    if (phase().isPresent() && phase().get().isBlank()) {
      throw InvalidAttributeException.of("phase", "must not be blank, was '" + phase().get() + "'");
    }
  }

  /**
   * Builds a {@link MandatedTask}. The description and kind are required; {@code build()} throws
   * {@link IllegalStateException} naming a missing one and {@link IllegalArgumentException} when
   * an invariant fails.
   */
  public static final class Builder extends ImmutableMandatedTask.Builder {
    Builder() {}
  }
}
