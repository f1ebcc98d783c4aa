package io.github.peacekeeping.core.personnel;

import io.github.peacekeeping.core.InvalidAttributeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact share of a whole, from 0 to 1 inclusive, such as the share of women among police.
 *
 * <p>A share is a fraction kept in lowest terms, so {@code Share.of(2, 10)}, {@code
 * Share.ofPercent(20)} and {@code Share.parse("20%")} are equal. No floating point is involved:
 * comparing a share with a target such as 20% is exact at any size.
 *
 * <p>{@link #toString()} writes a percentage where the share has a finite decimal one ({@code
 * "20%"}, {@code "12.5%"}, {@code "0.0625%"}), and the fraction otherwise ({@code "1/3"}); {@link
 * #parse(CharSequence)} reads both forms, so {@code parse(share.toString())} equals {@code share}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Share implements Comparable<Share> {

  /** The share of none: 0. */
  public static final Share ZERO = new Share(0, 1);

  /** The share of all: 1, or 100%. */
  public static final Share ONE = new Share(1, 1);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final int MAX_PERCENT_SCALE = 16;

  private final long numerator;
  private final long denominator;

  private Share(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the share that {@code part} is of {@code whole}.
   *
   * @param part the part, from 0 to {@code whole}
   * @param whole the whole, more than 0
   * @return the share in lowest terms, never null
   * @throws IllegalArgumentException if {@code whole} is not positive, or {@code part} is negative
   *     or exceeds {@code whole}
   */
  public static Share of(long part, long whole) {
    if (whole <= 0) {
      throw InvalidAttributeException.of("whole", "must be positive, was " + whole);
    }
    if (part < 0) {
      throw InvalidAttributeException.of("part", "must not be negative, was " + part);
    }
    if (part > whole) {
      throw InvalidAttributeException.of(
          "part", "must not exceed whole " + whole + ", was " + part);
    }
    long gcd = gcd(part, whole);
    return new Share(part / gcd, whole / gcd);
  }

  /**
   * Returns the share of a whole percentage, such as {@code ofPercent(20)} for 20%.
   *
   * @param percent the percentage, from 0 to 100
   * @return the share, never null
   * @throws IllegalArgumentException if {@code percent} is outside 0 to 100
   */
  public static Share ofPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw InvalidAttributeException.of("percent", "must be from 0 to 100, was " + percent);
    }
    return of(percent, 100);
  }

  /**
   * Returns the share of a decimal percentage, such as {@code ofPercent(new BigDecimal("12.5"))}.
   *
   * @param percent the percentage, from 0 to 100, not null
   * @return the share, exactly equal to {@code percent / 100}, never null
   * @throws NullPointerException if {@code percent} is null
   * @throws IllegalArgumentException if {@code percent} is outside 0 to 100, or has more decimal
   *     places than a {@code long} fraction can hold
   */
  public static Share ofPercent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw InvalidAttributeException.of("percent", "must be from 0 to 100, was " + percent);
    }
    BigDecimal stripped = percent.stripTrailingZeros();
    int scale = Math.max(stripped.scale(), 0);
    // 100 * 10^16 is the largest power-of-ten denominator a long holds; checking the scale before
    // computing 10^scale keeps text such as "1E-999999999%" from costing a huge BigInteger.
    if (scale > MAX_PERCENT_SCALE) {
      throw InvalidAttributeException.of(
          "percent", "too many decimal places to hold exactly, was " + percent);
    }
    BigInteger numerator = stripped.movePointRight(scale).toBigIntegerExact();
    BigInteger denominator = BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100));
    return of(numerator.longValueExact(), denominator.longValueExact());
  }

  /**
   * Reads a share written as a percentage ({@code "20%"}, {@code "12.5 %"}) or a fraction ({@code
   * "1/3"}), the forms {@link #toString()} writes.
   *
   * @param text the text, not null
   * @return the share, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is neither form, or out of range
   */
  public static Share parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    try {
      if (s.endsWith("%")) {
        return ofPercent(new BigDecimal(s.substring(0, s.length() - 1).strip()));
      }
      int slash = s.indexOf('/');
      if (slash > 0) {
        return of(
            Long.parseLong(s.substring(0, slash).strip()),
            Long.parseLong(s.substring(slash + 1).strip()));
      }
    } catch (NumberFormatException | ArithmeticException e) {
      InvalidAttributeException invalid = InvalidAttributeException.of(
          "text", "not a share (expected '20%' or '1/3'), was '" + text + "'");
      invalid.initCause(e);
      throw invalid;
    }
    throw InvalidAttributeException.of(
        "text", "not a share (expected '20%' or '1/3'), was '" + text + "'");
  }

  /**
   * Returns the numerator of the fraction in lowest terms.
   *
   * @return the numerator, from 0 to {@link #denominator()}
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the denominator of the fraction in lowest terms.
   *
   * @return the denominator, 1 or more
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Returns the share as a percentage, rounded to the given number of decimal places.
   *
   * @param scale the number of decimal places, zero or more
   * @param rounding how to round, not null
   * @return the percentage, never null
   * @throws NullPointerException if {@code rounding} is null
   * @throws IllegalArgumentException if {@code scale} is negative
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and
   *     rounding is needed
   */
  public BigDecimal toPercent(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw InvalidAttributeException.of("scale", "must not be negative, was " + scale);
    }
    return BigDecimal.valueOf(numerator)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), scale, rounding);
  }

  /**
   * Tells whether this share is at least another.
   *
   * @param other the share to compare with, not null
   * @return true if this share is greater than or equal to {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isAtLeast(Share other) {
    return compareTo(other) >= 0;
  }

  /**
   * Returns the smallest number of a whole that makes up at least this share of it: for 20% of 101
   * police, 21 women.
   *
   * @param whole the whole, zero or more
   * @return the smallest part {@code p} with {@code p / whole >= this}, from 0 to {@code whole}
   * @throws IllegalArgumentException if {@code whole} is negative
   */
  public long minimumPartOf(long whole) {
    if (whole < 0) {
      throw InvalidAttributeException.of("whole", "must not be negative, was " + whole);
    }
    BigInteger[] quotientAndRemainder =
        BigInteger.valueOf(whole)
            .multiply(BigInteger.valueOf(numerator))
            .divideAndRemainder(BigInteger.valueOf(denominator));
    BigInteger ceiling =
        quotientAndRemainder[1].signum() == 0
            ? quotientAndRemainder[0]
            : quotientAndRemainder[0].add(BigInteger.ONE);
    return ceiling.longValueExact();
  }

  /**
   * Orders shares by value.
   *
   * @param other the share to compare with, not null
   * @return a negative number, zero or a positive number as this share is smaller, equal or larger
   */
  @Override
  public int compareTo(Share other) {
    return BigInteger.valueOf(numerator)
        .multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /**
   * Tells whether another object is a share of the same value.
   *
   * @param obj the object, may be null
   * @return true if {@code obj} is an equal share
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Share other
        && numerator == other.numerator
        && denominator == other.denominator;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /**
   * Returns the share as an exact percentage ({@code "20%"}) where it has a finite decimal
   * expansion, and as a fraction ({@code "1/3"}) otherwise.
   *
   * @return the share as text, never null
   */
  @Override
  public String toString() {
    long d = denominator;
    while (d % 2 == 0) {
      d /= 2;
    }
    while (d % 5 == 0) {
      d /= 5;
    }
    if (d != 1) {
      return numerator + "/" + denominator;
    }
    BigDecimal percent =
        new BigDecimal(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(100)))
            .divide(BigDecimal.valueOf(denominator))
            .stripTrailingZeros();
    // Beyond 16 decimal places parse() could not hold the percentage in a long fraction.
    return percent.scale() > MAX_PERCENT_SCALE ? numerator + "/" + denominator : percent.toPlainString() + "%";
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
