package io.github.peacekeeping.core.target;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A target that the number of women in some categories grow to a multiple of a baseline, such as
 * "double the numbers of women in military and police contingents by 2020".
 *
 * <p>The baseline is not part of the target: sources rarely fix it, so the caller supplies it when
 * assessing. Built with {@link #builder()}; the ID and description must not be blank, at least one
 * category must be named and the factor is at least 2.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract non-sealed class GrowthTarget implements GenderTarget {

  GrowthTarget() {}

  /**
   * Returns the multiple of the baseline number of women that meets the target.
   *
   * @return the factor, 2 or more (2 for "double")
   */
  public abstract int factor();

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GrowthTarget}. {@code build()} throws {@link IllegalStateException} if an
   * attribute other than the deadline is missing, and {@link IllegalArgumentException} if the ID
   * or description is blank, no category is given or the factor is less than 2.
   */
  public static final class Builder extends ImmutableGrowthTarget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("id", id());
    Checks.notEmpty("categories", categories());
    Checks.notBlank("description", description());
    if (factor() < 2) {
      throw InvalidAttributeException.of("factor", "must be at least 2, was " + factor());
    }
  }

  /**
   * Returns the number of women that meets the target, given the baseline: {@code factor *
   * baselineWomen}, exactly.
   *
   * @param baselineWomen the number of women at the baseline, from zero to {@link
   *     Bounds#MAX_PERSONNEL}
   * @return the number of women required, zero or more
   * @throws IllegalArgumentException if {@code baselineWomen} is negative or more than {@link
   *     Bounds#MAX_PERSONNEL}
   */
  public long requiredWomen(long baselineWomen) {
    if (baselineWomen < 0) {
      throw InvalidAttributeException.of(
          "baselineWomen", "must not be negative, was " + baselineWomen);
    }
    if (baselineWomen > Bounds.MAX_PERSONNEL) {
      throw InvalidAttributeException.of("baselineWomen", "must be at most " + Bounds.MAX_PERSONNEL
          + ", was " + baselineWomen);
    }
    // An int factor times a bounded count is below 2^31 * 10^9, about 2.1 * 10^18: no overflow.
    return (long) factor() * baselineWomen;
  }

  /**
   * Tells whether a count of personnel of this target's categories meets the target, given the
   * baseline.
   *
   * @param baselineWomen the number of women at the baseline, from zero to {@link
   *     Bounds#MAX_PERSONNEL}
   * @param count the personnel counted now, not null
   * @return true if the count has at least {@link #requiredWomen(long)} women
   * @throws NullPointerException if {@code count} is null
   * @throws IllegalArgumentException if {@code baselineWomen} is negative or more than {@link
   *     Bounds#MAX_PERSONNEL}
   */
  public boolean isMetBy(long baselineWomen, PersonnelCount count) {
    Objects.requireNonNull(count, "count");
    return count.women() >= requiredWomen(baselineWomen);
  }

  /**
   * Returns the ID, the factor and the categories, for example {@code LDN16-DOUBLE-WOMEN-2020: 2 x
   * women in [CONTINGENT_TROOPS, FORMED_POLICE_UNITS] by 2020-12-31}.
   *
   * @return the target as text, never null
   */
  @Override
  public String toString() {
    return id()
        + ": "
        + factor()
        + " x women in "
        + categories()
        + deadline().map(d -> " by " + d).orElse("");
  }
}
