package io.github.peacekeeping.core.unit;

/** The branch a unit belongs to: military, police, or justice and corrections. */
public enum UnitCategory {
  /** Military units and military personnel (troops, staff officers, military observers). */
  MILITARY,
  /** Police units and police personnel (formed police units, individual police officers). */
  POLICE,
  /** Justice and corrections personnel. */
  JUSTICE_AND_CORRECTIONS
}
