package io.github.peacekeeping.core.mission;

/**
 * The kind of a UN field mission.
 *
 * <p>The UN's contributions statistics count uniformed personnel in both kinds, which is why
 * special political missions appear in the same data as peacekeeping operations.
 */
public enum MissionKind {
  /** A peacekeeping operation, led by the Department of Peace Operations. */
  PEACEKEEPING_OPERATION,
  /**
   * A special political mission, such as an assistance mission or an integrated peacebuilding
   * office, led by the Department of Political and Peacebuilding Affairs.
   */
  SPECIAL_POLITICAL_MISSION
}
