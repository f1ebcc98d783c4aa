package io.github.peacekeeping.core.unit;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import org.immutables.value.Value;

/**
 * An engagement team of a unit: personnel who engage with the local population. The London 2016
 * communiqué calls for mixed engagement teams with multiple women officers; whether a team meets
 * that is policy, checked by the rules module, not here.
 *
 * <p>The name is never blank and the team has at least one member.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class EngagementTeam {

  EngagementTeam() {}

  /**
   * Returns the team's name.
   *
   * @return the name, never null or blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the team's personnel.
   *
   * @return the personnel, at least one, never null
   */
  @Value.Parameter
  public abstract PersonnelCount personnel();

  /**
   * Returns an engagement team.
   *
   * @param name the name, not null or blank
   * @param personnel the personnel, at least one, not null
   * @return the team, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code personnel} is zero
   */
  public static EngagementTeam of(String name, PersonnelCount personnel) {
    return ImmutableEngagementTeam.of(name, personnel);
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
}
