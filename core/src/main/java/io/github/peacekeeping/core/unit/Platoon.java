package io.github.peacekeeping.core.unit;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import org.immutables.value.Value;

/**
 * A platoon of a unit, such as one of the platoons of a formed police unit.
 *
 * <p>The name is never blank and the platoon has at least one member.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Platoon {

  Platoon() {}

  /**
   * Returns the platoon's name.
   *
   * @return the name, such as {@code "3rd platoon"}, never null or blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the platoon's personnel.
   *
   * @return the personnel, at least one, never null
   */
  @Value.Parameter
  public abstract PersonnelCount personnel();

  /**
   * Returns a platoon.
   *
   * @param name the name, not null or blank
   * @param personnel the personnel, at least one, not null
   * @return the platoon, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code personnel} is zero
   */
  public static Platoon of(String name, PersonnelCount personnel) {
    return ImmutablePlatoon.of(name, personnel);
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw InvalidAttributeException.of("name", "must not be blank, was '" + name() + "'");
    }
    if (personnel().isZero()) {
      throw InvalidAttributeException.of("personnel", "must not be zero, was " + personnel());
    }
  }

  /**
   * Tells whether the platoon is made up of women only, as the London 2016 communiqué asks of one
   * platoon in each mixed formed police unit.
   *
   * @return true if the platoon has women and no men
   */
  public boolean isAllWomen() {
    return personnel().women() > 0 && personnel().men() == 0;
  }
}
