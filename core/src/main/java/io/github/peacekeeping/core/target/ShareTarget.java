package io.github.peacekeeping.core.target;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A target that women be at least a given share of the personnel of some categories, such as
 * "women are at least 20% of police".
 *
 * <p>Built with {@link #builder()}; the ID and description must not be blank and at least one
 * category must be named. Whether a given count meets the target is computed exactly, with no
 * floating point.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract non-sealed class ShareTarget implements GenderTarget {

  ShareTarget() {}

  /**
   * Returns the smallest share of women that meets the target.
   *
   * @return the minimum share, never null
   */
  public abstract Share minimumShare();

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ShareTarget}. {@code build()} throws {@link IllegalStateException} if an
   * attribute other than the deadline is missing, and {@link IllegalArgumentException} if the ID
   * or description is blank or no category is given.
   */
  public static final class Builder extends ImmutableShareTarget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("id", id());
    Checks.notEmpty("categories", categories());
    Checks.notBlank("description", description());
  }

  /**
   * Returns the smallest number of women that meets the target among the given number of
   * personnel: for 20% of 101 police, 21.
   *
   * @param totalPersonnel the number of personnel, women and men, zero or more
   * @return the number of women required, from 0 to {@code totalPersonnel}
   * @throws IllegalArgumentException if {@code totalPersonnel} is negative
   */
  public long requiredWomen(long totalPersonnel) {
    if (totalPersonnel < 0) {
      throw InvalidAttributeException.of(
          "totalPersonnel", "must not be negative, was " + totalPersonnel);
    }
    return minimumShare().minimumPartOf(totalPersonnel);
  }

  /**
   * Tells whether a count of personnel of this target's categories meets the target. A count of
   * nobody meets it: no women are required among no personnel.
   *
   * @param count the personnel counted, not null
   * @return true if the count has at least {@link #requiredWomen(long)} women
   * @throws NullPointerException if {@code count} is null
   */
  public boolean isMetBy(PersonnelCount count) {
    return shortfall(count) == 0;
  }

  /**
   * Returns how many more women a count of personnel would need to meet the target, the total
   * staying the same.
   *
   * @param count the personnel counted, not null
   * @return the number of women missing, zero if the target is met
   * @throws NullPointerException if {@code count} is null
   */
  public long shortfall(PersonnelCount count) {
    Objects.requireNonNull(count, "count");
    return Math.max(0, requiredWomen(count.total()) - count.women());
  }

  /**
   * Returns the ID, the share and the categories, for example {@code LDN16-WOMEN-POLICE-20: 20% of
   * [FORMED_POLICE_UNITS, INDIVIDUAL_POLICE]}, followed by the deadline where there is one.
   *
   * @return the target as text, never null
   */
  @Override
  public String toString() {
    return id()
        + ": "
        + minimumShare()
        + " of "
        + categories()
        + deadline().map(d -> " by " + d).orElse("");
  }
}
