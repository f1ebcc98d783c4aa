package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One contributor's turn in a {@link Rotation}: the period, first and last day included, in which
 * it provides the capability.
 *
 * <p>Invariant: the period does not end before it starts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class RotationPeriod {

  RotationPeriod() {}

  /**
   * Returns the contributor whose turn this is.
   *
   * @return the contributor, never null
   */
  @Value.Parameter
  public abstract Contributor contributor();

  /**
   * Returns the first day of the period.
   *
   * @return the first day, never null
   */
  @Value.Parameter
  public abstract LocalDate from();

  /**
   * Returns the last day of the period.
   *
   * @return the last day, on or after {@link #from()}, never null
   */
  @Value.Parameter
  public abstract LocalDate to();

  /**
   * Returns a rotation period.
   *
   * @param contributor the contributor whose turn it is, not null
   * @param from the first day, not null
   * @param to the last day, on or after {@code from}, not null
   * @return the period, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static RotationPeriod of(Contributor contributor, LocalDate from, LocalDate to) {
    return ImmutableRotationPeriod.of(contributor, from, to);
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw InvalidAttributeException.of(
          "to", "must not be before from " + from() + ", was " + to());
    }
  }

  /**
   * Tells whether this period and another share at least one day.
   *
   * @param other the other period, not null
   * @return true if the periods overlap
   * @throws NullPointerException if {@code other} is null
   */
  public boolean overlaps(RotationPeriod other) {
    return !other.to().isBefore(from()) && !to().isBefore(other.from());
  }

  /**
   * Returns the period as {@code CODE from/to}, such as {@code "KOR 2019-01-01/2019-06-30"}.
   *
   * @return the period as text, never null
   */
  @Override
  public String toString() {
    return contributor().code() + " " + from() + "/" + to();
  }
}
