package io.github.peacekeeping.core.target;

/**
 * What a target is assessed over: the whole system, one contributor, or one mission.
 *
 * <p>The scope matters to the severity of an unmet target: a system-wide figure the London
 * communiqué commits to is more serious than one contributor's or one mission's shortfall.
 */
public enum TargetScope {
  /** All of UN peacekeeping: every contributor in every mission (or a whole pledge registry). */
  SYSTEM,
  /** One contributor's personnel, in all missions. */
  CONTRIBUTOR,
  /** One mission's personnel, from all contributors. */
  MISSION
}
