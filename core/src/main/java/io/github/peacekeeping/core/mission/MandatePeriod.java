package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The period a mandate runs, from its first day to its last, both included, as in {@code
 * 2024-04-30/2025-04-30}.
 *
 * <p>The end is strictly after the start. The textual form is an ISO 8601 interval of two dates.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class MandatePeriod {

  MandatePeriod() {}

  /**
   * Returns the first day of the period.
   *
   * @return the start, never null
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Returns the last day of the period.
   *
   * @return the end, after the start, never null
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * Returns the period from {@code start} to {@code end}, both included.
   *
   * @param start the first day, not null
   * @param end the last day, after {@code start}, not null
   * @return the period, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static MandatePeriod of(LocalDate start, LocalDate end) {
    return ImmutableMandatePeriod.of(start, end);
  }

  /**
   * Reads a period from an ISO 8601 interval of two dates, the inverse of {@link #toString()}.
   *
   * @param text the interval, such as {@code "2024-04-30/2025-04-30"}, not null
   * @return the period, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not such an interval, or its end is not
   *     after its start
   */
  public static MandatePeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.toString().split("/", -1);
    if (parts.length == 2) {
      try {
        return of(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
      } catch (DateTimeParseException e) {
        // reported below with the whole text
      }
    }
    throw InvalidAttributeException.of(
        "text", "not an interval of two ISO dates such as '2024-04-30/2025-04-30', was '"
            + text + "'");
  }

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw InvalidAttributeException.of(
          "end", "must be after start " + start() + ", was " + end());
    }
  }

  /**
   * Tells whether the given day falls in the period, its first and last days included.
   *
   * @param date the day, not null
   * @return true if {@code date} is neither before the start nor after the end
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Returns the period as an ISO 8601 interval, such as {@code "2024-04-30/2025-04-30"}; {@link
   * #parse(CharSequence)} reads it back.
   *
   * @return the interval, never null
   */
  @Override
  public String toString() {
    return start() + "/" + end();
  }
}
