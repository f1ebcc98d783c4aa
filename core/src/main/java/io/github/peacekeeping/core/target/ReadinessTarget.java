package io.github.peacekeeping.core.target;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.source.Citation;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target for the number of personnel pledged at a PCRS readiness level or above, such as "at
 * least 12,000 troops and police at Level 3 by the end of 2016".
 *
 * <p>Built with {@link #builder()}; the ID and description must not be blank and the minimum
 * number of personnel is positive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class ReadinessTarget {

  ReadinessTarget() {}

  /**
   * Returns the ID of the rule that assesses this target.
   *
   * @return the rule ID, such as {@code "LDN16-LEVEL3-12000"}, never null or blank
   */
  public abstract String id();

  /**
   * Returns the lowest readiness level at which pledged personnel count towards the target; levels
   * above it count too.
   *
   * @return the level, never null
   */
  public abstract ReadinessLevel minimumLevel();

  /**
   * Returns the number of personnel that must be pledged at {@link #minimumLevel()} or above.
   *
   * @return the number of personnel, from 1 to {@link Bounds#MAX_PERSONNEL}
   */
  public abstract long minimumPersonnel();

  /**
   * Returns the last day by which the target is to be met, if the source sets one.
   *
   * @return the deadline, or empty if the target has none; never null
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * Returns the passage that sets the target.
   *
   * @return the citation, never null
   */
  public abstract Citation citation();

  /**
   * Returns a one-sentence description of the target in English.
   *
   * @return the description, never null or blank
   */
  public abstract String description();

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReadinessTarget}. {@code build()} throws {@link IllegalStateException} if an
   * attribute other than the deadline is missing, and {@link IllegalArgumentException} if the ID
   * or description is blank or the minimum number of personnel is not positive.
   */
  public static final class Builder extends ImmutableReadinessTarget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("id", id());
    Checks.notBlank("description", description());
    if (minimumPersonnel() <= 0) {
      throw InvalidAttributeException.of(
          "minimumPersonnel", "must be positive, was " + minimumPersonnel());
    }
    if (minimumPersonnel() > Bounds.MAX_PERSONNEL) {
      throw InvalidAttributeException.of("minimumPersonnel", "must be at most "
          + Bounds.MAX_PERSONNEL + ", was " + minimumPersonnel());
    }
  }

  /**
   * Tells whether a number of personnel pledged at {@link #minimumLevel()} or above meets the
   * target.
   *
   * @param pledgedPersonnel the number of personnel pledged at the level or above, zero or more
   * @return true if {@code pledgedPersonnel} is at least {@link #minimumPersonnel()}
   * @throws IllegalArgumentException if {@code pledgedPersonnel} is negative
   */
  public boolean isMetBy(long pledgedPersonnel) {
    if (pledgedPersonnel < 0) {
      throw InvalidAttributeException.of(
          "pledgedPersonnel", "must not be negative, was " + pledgedPersonnel);
    }
    return pledgedPersonnel >= minimumPersonnel();
  }

  /**
   * Returns the ID, the number and the level, for example {@code LDN16-LEVEL3-12000: 12000 at
   * LEVEL_3 by 2016-12-31}.
   *
   * @return the target as text, never null
   */
  @Override
  public String toString() {
    return id()
        + ": "
        + minimumPersonnel()
        + " at "
        + minimumLevel()
        + deadline().map(d -> " by " + d).orElse("");
  }
}
