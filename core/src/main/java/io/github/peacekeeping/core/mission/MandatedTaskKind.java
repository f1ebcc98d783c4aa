package io.github.peacekeeping.core.mission;

/**
 * The kind of a task the Security Council mandates a mission to carry out, as mandates group
 * them.
 */
public enum MandatedTaskKind {
  /** Protection of civilians, including under threat of physical violence. */
  PROTECTION_OF_CIVILIANS,
  /** Support to a peace process, political dialogue or good offices. */
  POLITICAL_PROCESS,
  /** Monitoring of a ceasefire, a cessation of hostilities or a separation of forces. */
  CEASEFIRE_MONITORING,
  /** Disarmament, demobilization and reintegration (DDR) of combatants. */
  DISARMAMENT_DEMOBILIZATION_REINTEGRATION,
  /** Security sector reform (SSR). */
  SECURITY_SECTOR_REFORM,
  /** Support to justice, corrections and the rule of law. */
  RULE_OF_LAW,
  /** Monitoring, investigation, reporting and promotion of human rights. */
  HUMAN_RIGHTS,
  /** Creating the conditions for the safe delivery of humanitarian assistance. */
  HUMANITARIAN_ACCESS,
  /** Electoral assistance. */
  ELECTORAL_ASSISTANCE,
  /** Support to the restoration and extension of State authority. */
  EXTENSION_OF_STATE_AUTHORITY,
  /** A task of no other kind. */
  OTHER
}
