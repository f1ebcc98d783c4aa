package io.github.peacekeeping.core.personnel;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number of personnel, by gender: how many women and how many men.
 *
 * <p>Neither count is negative nor more than {@link Bounds#MAX_PERSONNEL}, so the total, and the
 * sum of the totals of any collection of counts, never overflows a {@code long}. The share of women
 * is exact ({@link Share}), and absent when there is nobody to share.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class PersonnelCount implements Comparable<PersonnelCount> {

  /** No personnel: zero women and zero men. */
  public static final PersonnelCount ZERO = of(0, 0);

  PersonnelCount() {}

  /**
   * Returns the number of women.
   *
   * @return the number of women, from zero to {@link Bounds#MAX_PERSONNEL}
   */
  @Value.Parameter
  public abstract long women();

  /**
   * Returns the number of men.
   *
   * @return the number of men, from zero to {@link Bounds#MAX_PERSONNEL}
   */
  @Value.Parameter
  public abstract long men();

  /**
   * Returns a count of women and men.
   *
   * @param women the number of women, from zero to {@link Bounds#MAX_PERSONNEL}
   * @param men the number of men, from zero to {@link Bounds#MAX_PERSONNEL}
   * @return the count, never null
   * @throws IllegalArgumentException if a count is negative or more than {@link
   *     Bounds#MAX_PERSONNEL}
   */
  public static PersonnelCount of(long women, long men) {
    return ImmutablePersonnelCount.of(women, men);
  }

  /**
   * Returns a count given the number of women and the total, as some UN tables state it.
   *
   * @param women the number of women, from zero to {@code total}
   * @param total the number of personnel, zero or more
   * @return the count, never null
   * @throws IllegalArgumentException if a count is negative, {@code women} exceeds {@code total},
   *     or the women or the men are more than {@link Bounds#MAX_PERSONNEL}
   */
  public static PersonnelCount ofWomenAndTotal(long women, long total) {
    if (total < 0) {
      throw InvalidAttributeException.of("total", "must not be negative, was " + total);
    }
    if (women > total) {
      throw InvalidAttributeException.of(
          "women", "must not exceed total " + total + ", was " + women);
    }
    return of(women, total - women);
  }

  /**
   * Returns a count of women only.
   *
   * @param women the number of women, from zero to {@link Bounds#MAX_PERSONNEL}
   * @return the count, never null
   * @throws IllegalArgumentException if {@code women} is negative or more than {@link
   *     Bounds#MAX_PERSONNEL}
   */
  public static PersonnelCount ofWomen(long women) {
    return of(women, 0);
  }

  /**
   * Returns a count of men only.
   *
   * @param men the number of men, from zero to {@link Bounds#MAX_PERSONNEL}
   * @return the count, never null
   * @throws IllegalArgumentException if {@code men} is negative or more than {@link
   *     Bounds#MAX_PERSONNEL}
   */
  public static PersonnelCount ofMen(long men) {
    return of(0, men);
  }

  @Value.Check
  void check() {
    if (women() < 0) {
      throw InvalidAttributeException.of("women", "must not be negative, was " + women());
    }
    if (men() < 0) {
      throw InvalidAttributeException.of("men", "must not be negative, was " + men());
    }
    if (women() > Bounds.MAX_PERSONNEL) {
      throw InvalidAttributeException.of(
          "women", "must be at most " + Bounds.MAX_PERSONNEL + ", was " + women());
    }
    if (men() > Bounds.MAX_PERSONNEL) {
      throw InvalidAttributeException.of(
          "men", "must be at most " + Bounds.MAX_PERSONNEL + ", was " + men());
    }
  }

  /**
   * Returns the number of personnel, women and men together.
   *
   * @return the total, from zero to twice {@link Bounds#MAX_PERSONNEL}
   */
  public long total() {
    return women() + men();
  }

  /**
   * Tells whether there is nobody.
   *
   * @return true if the total is zero
   */
  public boolean isZero() {
    return total() == 0;
  }

  /**
   * Returns the exact share of women, or empty when the total is zero.
   *
   * @return the share of women, never null
   */
  public Optional<Share> shareOfWomen() {
    return isZero() ? Optional.empty() : Optional.of(Share.of(women(), total()));
  }

  /**
   * Returns the sum of this count and another.
   *
   * @param other the count to add, not null
   * @return the sum, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the women or the men of the sum are more than {@link
   *     Bounds#MAX_PERSONNEL}; the library's own sums (a pledge's, a snapshot's) never are, as
   *     their parts are checked together when the pledge or snapshot is built
   */
  public PersonnelCount plus(PersonnelCount other) {
    return of(women() + other.women(), men() + other.men());
  }

  /**
   * Orders counts by total, then by number of women.
   *
   * @param other the count to compare with, not null
   * @return a negative number, zero or a positive number as this count is smaller, equal or larger
   */
  @Override
  public int compareTo(PersonnelCount other) {
    int byTotal = Long.compare(total(), other.total());
    return byTotal != 0 ? byTotal : Long.compare(women(), other.women());
  }

  /**
   * Returns the count as {@code "W women, M men"}.
   *
   * @return the count as text, never null
   */
  @Override
  public String toString() {
    return women() + " women, " + men() + " men";
  }
}
