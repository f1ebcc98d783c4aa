package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.validation.constraints.MissionGenderAdvisers;
import java.util.Collections;
import java.util.EnumSet;
import java.util.function.Predicate;

/**
 * {@code LDN16-MISSION-GENDER-ADVISERS}: a field mission's headquarters has a military gender
 * adviser where the mission has a military component, and a police gender adviser where it has a
 * police component. A component is there when a ceiling of the mandate in force on the profile's
 * day covers one of its categories, or when personnel of one of its categories are deployed. One
 * violation names whichever adviser is missing, or both.
 */
public final class MissionGenderAdvisersValidator
    extends RuleValidator<MissionGenderAdvisers, MissionProfile> {

  /** Creates the validator. */
  public MissionGenderAdvisersValidator() {}

  @Override
  protected void check(MissionProfile profile, Violations violations) {
    boolean military = hasComponent(profile, PersonnelCategory::isMilitary);
    boolean police = hasComponent(profile, PersonnelCategory::isPolice);
    EnumSet<MissionCapability> missing = EnumSet.noneOf(MissionCapability.class);
    if (military) {
      missing.add(MissionCapability.HQ_MILITARY_GENDER_ADVISER);
    }
    if (police) {
      missing.add(MissionCapability.HQ_POLICE_GENDER_ADVISER);
    }
    missing.removeAll(profile.capabilities());
    if (!missing.isEmpty()) {
      String components = military && police
          ? "a military and a police component"
          : military ? "a military component" : "a police component";
      violations.report(
              "{io.github.peacekeeping.validation.constraints.MissionGenderAdvisers.message}")
          .at("capabilities")
          .with("mission", profile.mission().acronym())
          .with("components", components)
          .with("missing", MissionWording.capabilities(missing))
          .offending(Collections.unmodifiableSet(missing))
          .add();
    }
  }

  private static boolean hasComponent(
      MissionProfile profile, Predicate<PersonnelCategory> component) {
    for (PersonnelCategory category : PersonnelCategory.values()) {
      if (component.test(category) && !profile.deployed(category).isZero()) {
        return true;
      }
    }
    MissionMandates.InForce inForce = MissionMandates.inForce(profile);
    if (inForce != null) {
      for (AuthorisedCeiling ceiling : inForce.mandate().ceilings()) {
        if (ceiling.categories().stream().anyMatch(component)) {
          return true;
        }
      }
    }
    return false;
  }
}
