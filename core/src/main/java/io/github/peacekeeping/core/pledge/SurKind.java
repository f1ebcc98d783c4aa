package io.github.peacekeeping.core.pledge;

/** Whether a Statement of Unit Requirements (SUR) is the generic one of a unit type or a mission's. */
public enum SurKind {
  /** The generic Statement of Unit Requirements of the unit type. */
  GENERIC,
  /** A Statement of Unit Requirements written for one mission. */
  MISSION_SPECIFIC
}
