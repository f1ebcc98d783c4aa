package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of personnel figures: counts of women and men, shares and the UN's personnel
 * categories.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Personnel {

  /** The default largest total of {@link #counts()}: 1,000 people. */
  public static final long DEFAULT_MAXIMUM_TOTAL = 1_000;

  private Personnel() {}

  /**
   * Returns a generator of counts of 0 to {@value #DEFAULT_MAXIMUM_TOTAL} people, any number of
   * them women. Shrinks towards zero.
   *
   * @return a generator of counts, never null
   */
  public static Gen<PersonnelCount> counts() {
    return counts(0, DEFAULT_MAXIMUM_TOTAL);
  }

  /**
   * Returns a generator of counts whose total lies from {@code minimumTotal} to {@code
   * maximumTotal}, any number of them women.
   *
   * @param minimumTotal the smallest total, not negative
   * @param maximumTotal the largest total, not less than {@code minimumTotal}
   * @return a generator of counts, never null
   * @throws IllegalArgumentException if a bound is negative or the bounds are reversed
   */
  public static Gen<PersonnelCount> counts(long minimumTotal, long maximumTotal) {
    if (minimumTotal < 0) {
      throw new IllegalArgumentException(
          "minimumTotal: must not be negative, was " + minimumTotal);
    }
    if (maximumTotal < minimumTotal) {
      throw new IllegalArgumentException(
          "maximumTotal: must not be less than minimumTotal " + minimumTotal + ", was "
              + maximumTotal);
    }
    return in -> {
      long total = Gens.between(in, minimumTotal, maximumTotal);
      long women = Gens.between(in, 0, total);
      return PersonnelCount.of(women, total - women);
    };
  }

  /**
   * Returns a generator of shares from 0 to 1 with denominators up to 1,000. Shrinks towards
   * {@link Share#ZERO}.
   *
   * @return a generator of shares, never null
   */
  public static Gen<Share> shares() {
    return in -> {
      long whole = Gens.between(in, 1L, 1_000L);
      return Share.of(Gens.between(in, 0L, whole), whole);
    };
  }

  /**
   * Returns a generator of the personnel categories, each equally likely.
   *
   * @return a generator of categories, never null
   */
  public static Gen<PersonnelCategory> categories() {
    return Generate.enumValues(PersonnelCategory.class);
  }
}
