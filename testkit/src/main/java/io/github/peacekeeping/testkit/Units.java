package io.github.peacekeeping.testkit;

/**
 * Generators of units (battalions, formed police units, hospitals, helicopter units…).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Units {

  private Units() {}

  /**
   * Returns a generator of valid units with the defaults described in {@link UnitGenerator}:
   * any standard type, any Member State, any deployment status.
   *
   * @return a generator of units, never null; narrow it with {@link UnitGenerator#ofType}, {@link
   *     UnitGenerator#ofCategory}, {@link UnitGenerator#withStatus} and {@link
   *     UnitGenerator#from}
   */
  public static UnitGenerator units() {
    return UnitGenerator.defaults();
  }
}
