package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.validation.constraints.MissionGenderAdvisers;
import java.util.Collections;
import java.util.EnumSet;

/**
 * {@code LDN16-MISSION-GENDER-ADVISERS}: a field mission's headquarters has a military and a police
 * gender adviser. One violation names whichever of the two is missing, or both.
 */
public final class MissionGenderAdvisersValidator
    extends RuleValidator<MissionGenderAdvisers, MissionProfile> {

  /** Creates the validator. */
  public MissionGenderAdvisersValidator() {}

  @Override
  protected void check(MissionProfile profile, Violations violations) {
    EnumSet<MissionCapability> missing = EnumSet.of(
        MissionCapability.HQ_MILITARY_GENDER_ADVISER, MissionCapability.HQ_POLICE_GENDER_ADVISER);
    missing.removeAll(profile.capabilities());
    if (!missing.isEmpty()) {
      violations.report(
              "{io.github.peacekeeping.validation.constraints.MissionGenderAdvisers.message}")
          .at("capabilities")
          .with("mission", profile.mission().acronym())
          .with("missing", MissionWording.capabilities(missing))
          .offending(Collections.unmodifiableSet(missing))
          .add();
    }
  }
}
