package io.github.peacekeeping.core.unit;

/**
 * A role some of a unit's personnel hold, which the London 2016 communiqué asks units to include.
 */
public enum UnitRole {
  /**
   * National Investigation Officer: investigates allegations of misconduct, sexual exploitation and
   * abuse above all, by members of the national contingent.
   */
  NATIONAL_INVESTIGATION_OFFICER,
  /** Gender adviser within the unit. */
  GENDER_ADVISER
}
