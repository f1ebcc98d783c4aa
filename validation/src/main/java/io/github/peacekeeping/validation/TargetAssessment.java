package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.target.TargetScope;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * How far a collection of records is from a target set over many records: the actual figure, the
 * target, the shortfall in people and the deadline.
 *
 * <p>For a share target (20% women police) {@link #actual()} counts women, {@link #required()} is
 * the smallest number of women that would meet the target among {@link #population()} personnel,
 * and the shares are given exactly. For a readiness or growth target {@link #actual()} and {@link
 * #required()} count personnel and there are no shares.
 *
 * <p>Every assessment says which figures it rests on: their date ({@link #figuresOn()}) and the
 * question it answers ({@link #stage()}): progress before the deadline, the verdict on the
 * deadline, or the latest figures after it (see {@link ValidationContext#asOf()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class TargetAssessment {

  TargetAssessment() {}

  /**
   * Returns what was assessed: the whole system, one contributor or one mission.
   *
   * @return the scope, never null
   */
  public abstract TargetScope scope();

  /**
   * Returns the contributor code or mission acronym assessed; empty for the whole system.
   *
   * @return the subject, never null
   */
  public abstract Optional<String> subject();

  /**
   * Returns the actual figure: women for share and growth targets, personnel for readiness targets.
   *
   * @return the actual figure, zero or more
   */
  public abstract long actual();

  /**
   * Returns the figure the target requires, in the same unit as {@link #actual()}.
   *
   * @return the required figure, zero or more
   */
  public abstract long required();

  /**
   * Returns the personnel the share is taken of, for share targets.
   *
   * @return the population, or empty for other targets; never null
   */
  public abstract OptionalLong population();

  /**
   * Returns the actual share, for share targets with a non-empty population.
   *
   * @return the share, or empty; never null
   */
  public abstract Optional<Share> actualShare();

  /**
   * Returns the share the target requires, for share targets.
   *
   * @return the share, or empty; never null
   */
  public abstract Optional<Share> targetShare();

  /**
   * Returns the date by which the target is to be met.
   *
   * @return the deadline, or empty if the source sets none; never null
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * Returns the day the figures describe: the snapshot's date for deployment figures, the day the
   * registry's readiness levels are counted on for readiness targets.
   *
   * @return the day, never null
   */
  public abstract LocalDate figuresOn();

  /**
   * Returns the question this assessment answers: progress, the verdict on the deadline, or the
   * latest figures since it.
   *
   * @return the stage, never null
   */
  public abstract AssessmentStage stage();

  /**
   * Returns the shortfall in people: how many more are needed to meet the target.
   *
   * @return {@code required() - actual()}, or zero when the target is met
   */
  public long shortfall() {
    return Math.max(0, required() - actual());
  }

  /**
   * Tells whether the target is met.
   *
   * @return true if there is no shortfall
   */
  public boolean met() {
    return actual() >= required();
  }

  @Value.Check
  void check() {
    if (actual() < 0) {
      throw new IllegalArgumentException("actual: must not be negative, was " + actual());
    }
    if (required() < 0) {
      throw new IllegalArgumentException("required: must not be negative, was " + required());
    }
    if (scope() == TargetScope.SYSTEM && subject().isPresent()) {
      throw new IllegalArgumentException(
          "subject: must be empty for a system-wide assessment, was " + subject().get());
    }
    if (scope() != TargetScope.SYSTEM && subject().isEmpty()) {
      throw new IllegalArgumentException("subject: required for scope " + scope());
    }
    if (stage() != AssessmentStage.PROGRESS && deadline().isEmpty()) {
      throw new IllegalArgumentException(
          "stage: " + stage() + " needs a deadline, was none");
    }
    if (stage() == AssessmentStage.AT_DEADLINE && figuresOn().isAfter(deadline().get())) {
      throw new IllegalArgumentException("figuresOn: must not be after the deadline "
          + deadline().get() + " for the verdict, was " + figuresOn());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds assessments. Not thread-safe. */
  public static final class Builder extends ImmutableTargetAssessment.Builder {
    Builder() {}
  }
}
