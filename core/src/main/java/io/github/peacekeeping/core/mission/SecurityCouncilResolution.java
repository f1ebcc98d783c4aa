package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A resolution of the UN Security Council, identified by its number and the year of its adoption,
 * as in its document symbol {@code S/RES/2242 (2015)}.
 *
 * <p>The Council numbers its resolutions in one sequence since 1946, so the number alone
 * identifies a resolution; the year is kept because the symbol carries it and readers check it.
 * Resolutions are ordered by number, then year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract non-sealed class SecurityCouncilResolution
    implements Resolution, Comparable<SecurityCouncilResolution> {

  /** The first year in which the Security Council adopted resolutions. */
  private static final int FIRST_YEAR = 1946;

  // The UN writes "S/RES/2242 (2015)"; undocs.org links drop the space: "S/RES/2242(2015)".
  private static final Pattern SYMBOL = Pattern.compile("S/RES/(\\d{1,9}) ?\\((\\d{4})\\)");

  SecurityCouncilResolution() {}

  /**
   * Returns the resolution's number.
   *
   * @return the number, one or more
   */
  @Value.Parameter
  public abstract int number();

  /**
   * Returns the year in which the resolution was adopted.
   *
   * @return the year, from 1946 to 9999
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Returns the resolution with the given number, adopted in the given year.
   *
   * @param number the number, one or more
   * @param year the year of adoption, from 1946 to 9999
   * @return the resolution, never null
   * @throws IllegalArgumentException if {@code number} is less than one or {@code year} is out of
   *     range
   */
  public static SecurityCouncilResolution of(int number, int year) {
    return ImmutableSecurityCouncilResolution.of(number, year);
  }

  /**
   * Reads a resolution from its document symbol, the inverse of {@link #toString()}. Surrounding
   * white space is ignored, and so is a missing space before the year, as in {@code
   * "S/RES/2242(2015)"}.
   *
   * @param text the symbol, such as {@code "S/RES/2242 (2015)"}, not null
   * @return the resolution, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not such a symbol, or names an invalid
   *     number or year
   */
  public static SecurityCouncilResolution parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = SYMBOL.matcher(text.toString().strip());
    if (!matcher.matches()) {
      throw InvalidAttributeException.of(
          "text", "not a Security Council resolution symbol such as 'S/RES/2242 (2015)', was '"
              + text + "'");
    }
    return of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw InvalidAttributeException.of("number", "must be at least 1, was " + number());
    }
    if (year() < FIRST_YEAR || year() > 9999) {
      throw InvalidAttributeException.of(
          "year", "must be from " + FIRST_YEAR + " to 9999, was " + year());
    }
  }

  /**
   * Orders resolutions by number, then by year.
   *
   * @param other the resolution to compare with, not null
   * @return a negative number, zero or a positive number as this resolution sorts before, equal
   *     or after
   */
  @Override
  public int compareTo(SecurityCouncilResolution other) {
    int byNumber = Integer.compare(number(), other.number());
    return byNumber != 0 ? byNumber : Integer.compare(year(), other.year());
  }

  /**
   * Returns the document symbol, such as {@code "S/RES/2242 (2015)"}; {@link
   * #parse(CharSequence)} reads it back.
   *
   * @return the symbol, never null
   */
  @Override
  public String toString() {
    return "S/RES/" + number() + " (" + year() + ")";
  }
}
