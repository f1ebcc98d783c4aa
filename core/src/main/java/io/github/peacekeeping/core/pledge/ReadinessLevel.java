package io.github.peacekeeping.core.pledge;

/**
 * A readiness level of the Peacekeeping Capability Readiness System (PCRS), in ascending order.
 *
 * <p>Levels are cumulative: a pledge at {@link #LEVEL_3} has also met the requirements of {@link
 * #LEVEL_1} and {@link #LEVEL_2}. The natural order of the constants is the order of readiness, so
 * {@code level.compareTo(LEVEL_3) >= 0} (or {@link #isAtLeast(ReadinessLevel)}) means "Level 3 or
 * above, the Rapid Deployment Level included".
 */
public enum ReadinessLevel {
  /**
   * Level 1: the pledge is made and registered (note verbale, table of organization, major-equipment
   * list, self-sustainment list).
   */
  LEVEL_1,
  /** Level 2: a successful Assessment and Advisory Visit (AAV) has been conducted. */
  LEVEL_2,
  /**
   * Level 3: personnel and contingent-owned equipment are aligned with a Statement of Unit
   * Requirements (SUR), generic or mission-specific.
   */
  LEVEL_3,
  /**
   * Rapid Deployment Level: ready to deploy to any mission within a committed number of days of a UN
   * request.
   */
  RAPID_DEPLOYMENT;

  /**
   * Tells whether this level is the given level or above it.
   *
   * @param other the level to compare with, not null
   * @return true if this level is {@code other} or higher
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isAtLeast(ReadinessLevel other) {
    return compareTo(other) >= 0;
  }
}
