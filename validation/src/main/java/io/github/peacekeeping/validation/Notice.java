package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What a report says, at {@link Severity#INFO}, about a value it did not evaluate: a value that
 * exists only after the evaluation date (a pledge made later, a mission profile or a deployment
 * record of a later day). Such a value did not exist on the date asked about, so no rule is
 * applied to it and it counts towards no target; the report says so once per value.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Notice {

  Notice() {}

  /**
   * Returns the path of the value within what was validated; empty for the value itself.
   *
   * @return the path, such as {@code [3]} for the fourth pledge of a registry, never null
   */
  @Value.Parameter
  public abstract FindingPath path();

  /**
   * Returns the day the value is dated: the day it was made, or the day it describes.
   *
   * @return the day, after {@link #asOf()}, never null
   */
  @Value.Parameter
  public abstract LocalDate datedOn();

  /**
   * Returns the evaluation date the value is dated after.
   *
   * @return the day, never null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns what was not evaluated and why, in English.
   *
   * @return the message, never null
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the severity of a notice: always {@link Severity#INFO}.
   *
   * @return {@link Severity#INFO}
   */
  public Severity severity() {
    return Severity.INFO;
  }

  /**
   * Returns a notice that a value dated after the evaluation date was not evaluated.
   *
   * @param path the path of the value, not null; {@link FindingPath#root()} for the value itself
   * @param what what the value is, such as {@code "Pledge P-1, made"}, not null
   * @param datedOn the day the value is dated, not null
   * @param asOf the evaluation date, before {@code datedOn}, not null
   * @return the notice, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code datedOn} is not after {@code asOf}
   */
  public static Notice datedAfter(FindingPath path, String what, LocalDate datedOn, LocalDate asOf) {
    return ImmutableNotice.of(path, datedOn, asOf,
        what + " on " + datedOn + ", after the evaluation date " + asOf
            + ", did not exist on that date: it was not evaluated");
  }

  @Value.Check
  void check() {
    if (!datedOn().isAfter(asOf())) {
      throw new IllegalArgumentException(
          "datedOn: must be after asOf " + asOf() + ", was " + datedOn());
    }
  }

  /**
   * Returns the notice as {@code INFO path: message}, as a finding prints.
   *
   * @return the notice as text, never null
   */
  @Override
  public String toString() {
    return "INFO" + (path().isEmpty() ? "" : " " + path()) + ": " + message();
  }
}
