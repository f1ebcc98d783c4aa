package io.github.peacekeeping.core.unit;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import org.immutables.value.Value;

/**
 * A restriction a contributor places on the use of its unit, declared to the UN or not. An
 * undeclared caveat is constructible: reporting it is the rules module's job.
 *
 * <p>The description is never blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Caveat {

  Caveat() {}

  /**
   * Returns what the caveat restricts.
   *
   * @return the description, such as {@code "no night patrols"}, never null or blank
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Tells whether the contributor declared the caveat to the UN.
   *
   * @return true if declared
   */
  @Value.Parameter
  public abstract boolean declared();

  /**
   * Returns a caveat.
   *
   * @param description what the caveat restricts, not null or blank
   * @param declared whether it was declared to the UN
   * @return the caveat, never null
   * @throws NullPointerException if {@code description} is null
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static Caveat of(String description, boolean declared) {
    return ImmutableCaveat.of(description, declared);
  }

  /**
   * Returns a caveat declared to the UN.
   *
   * @param description what the caveat restricts, not null or blank
   * @return the caveat, never null
   * @throws NullPointerException if {@code description} is null
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static Caveat declared(String description) {
    return of(description, true);
  }

  /**
   * Returns a caveat not declared to the UN.
   *
   * @param description what the caveat restricts, not null or blank
   * @return the caveat, never null
   * @throws NullPointerException if {@code description} is null
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static Caveat undeclared(String description) {
    return of(description, false);
  }

  @Value.Check
  void check() {
    if (description().isBlank()) {
      throw InvalidAttributeException.of(
          "description", "must not be blank, was '" + description() + "'");
    }
  }
}
