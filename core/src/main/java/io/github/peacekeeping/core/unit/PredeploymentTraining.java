package io.github.peacekeeping.core.unit;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pre-deployment training a unit's personnel have completed, as the London 2016 communiqué
 * describes it: to UN minimum standards, covering the prevention of conflict-related sexual
 * violence and of sexual exploitation and abuse, and gender-sensitive. Every flag defaults to
 * false; whether the training is sufficient is policy, checked by the rules module.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class PredeploymentTraining {

  PredeploymentTraining() {}

  /**
   * Tells whether the training meets the UN minimum requirements and standards.
   *
   * @return true if it does; false by default
   */
  @Value.Default
  public boolean unMinimumStandards() {
    return false;
  }

  /**
   * Tells whether the training covers preventing conflict-related sexual violence.
   *
   * @return true if it does; false by default
   */
  @Value.Default
  public boolean conflictRelatedSexualViolence() {
    return false;
  }

  /**
   * Tells whether the training covers preventing sexual exploitation and abuse.
   *
   * @return true if it does; false by default
   */
  @Value.Default
  public boolean sexualExploitationAndAbuse() {
    return false;
  }

  /**
   * Tells whether the training is gender-sensitive.
   *
   * @return true if it is; false by default
   */
  @Value.Default
  public boolean genderSensitive() {
    return false;
  }

  /**
   * Returns the day the training was completed, if known.
   *
   * @return the day, or empty; never null
   */
  public abstract Optional<LocalDate> completedOn();

  /**
   * Tells whether the training had been completed by a day: {@link #completedOn()} is not after
   * it, or is not recorded. Rules evaluated as of an earlier day do not count training completed
   * later; undated training counts on every day.
   *
   * @param date the day, not null
   * @return true if completed on or before {@code date}, or undated
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isCompletedBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return completedOn().map(day -> !day.isAfter(date)).orElse(true);
  }

  /**
   * Returns a new builder, with every flag false and no completion day.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PredeploymentTraining} values. Not thread-safe. */
  public static final class Builder extends ImmutablePredeploymentTraining.Builder {
    Builder() {}
  }
}
