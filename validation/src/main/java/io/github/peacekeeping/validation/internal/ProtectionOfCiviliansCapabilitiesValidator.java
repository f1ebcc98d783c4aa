package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.validation.constraints.ProtectionOfCiviliansCapabilities;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code IPI21-POC-CAPABILITIES}: a mission whose mandate in force on the profile's day includes
 * protection of civilians holds
 * every capability the IPI roundtable listed for it. One violation lists all the missing ones, so
 * that a mission missing five is one finding to act on, not five.
 */
public final class ProtectionOfCiviliansCapabilitiesValidator
    extends RuleValidator<ProtectionOfCiviliansCapabilities, MissionProfile> {

  /** Creates the validator. */
  public ProtectionOfCiviliansCapabilitiesValidator() {}

  @Override
  protected void check(MissionProfile profile, Violations violations) {
    MissionMandates.InForce inForce = MissionMandates.inForce(profile);
    if (inForce == null || !inForce.mandate().includesProtectionOfCivilians()) {
      return;
    }
    EnumSet<MissionCapability> missing =
        EnumSet.copyOf(MissionCapability.protectionOfCiviliansCapabilities());
    missing.removeAll(profile.capabilities());
    if (!missing.isEmpty()) {
      Set<MissionCapability> offending = Collections.unmodifiableSet(missing);
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "ProtectionOfCiviliansCapabilities.message}")
          .at("capabilities")
          .with("mission", profile.mission().acronym())
          .with("missing", MissionWording.capabilities(missing))
          .offending(offending)
          .add();
    }
  }
}
