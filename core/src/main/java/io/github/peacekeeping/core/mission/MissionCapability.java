package io.github.peacekeeping.core.mission;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A capability a mission holds, such as a function of its headquarters or a kind of civilian
 * staff.
 *
 * <p>The first nine constants are the civilian, police and military capabilities that the
 * International Peace Institute's roundtable on the 2021 peacekeeping ministerial listed as those
 * missions need to protect civilians ("community liaison assistants, language assistants, POC and
 * gender advisers, joint protection teams, [...] situational awareness capabilities, joint
 * operations centers and joint mission analysis centers at the field and sector levels, and
 * integrated planning units"); {@link #protectionOfCiviliansCapabilities()} returns them. The
 * last two are the gender advisers the military and police components hold at headquarters.
 */
public enum MissionCapability {
  /** Community liaison assistants. */
  COMMUNITY_LIAISON_ASSISTANTS,
  /** Language assistants. */
  LANGUAGE_ASSISTANTS,
  /** Protection-of-civilians advisers. */
  POC_ADVISERS,
  /** Gender advisers. */
  GENDER_ADVISERS,
  /** Joint protection teams. */
  JOINT_PROTECTION_TEAMS,
  /** Situational awareness capabilities. */
  SITUATIONAL_AWARENESS,
  /** A joint operations centre (JOC). */
  JOINT_OPERATIONS_CENTRE,
  /** A joint mission analysis centre (JMAC). */
  JOINT_MISSION_ANALYSIS_CENTRE,
  /** An integrated planning unit. */
  INTEGRATED_PLANNING_UNIT,
  /** A gender adviser at the headquarters of the military component. */
  HQ_MILITARY_GENDER_ADVISER,
  /** A gender adviser at the headquarters of the police component. */
  HQ_POLICE_GENDER_ADVISER;

  private static final Set<MissionCapability> PROTECTION_OF_CIVILIANS = Collections.unmodifiableSet(
      EnumSet.range(COMMUNITY_LIAISON_ASSISTANTS, INTEGRATED_PLANNING_UNIT));

  /**
   * Returns the capabilities a mission needs to protect civilians, as the International Peace
   * Institute's roundtable on the 2021 ministerial listed them: the first nine constants.
   *
   * @return an unmodifiable set, in declaration order, never null
   */
  public static Set<MissionCapability> protectionOfCiviliansCapabilities() {
    return PROTECTION_OF_CIVILIANS;
  }
}
