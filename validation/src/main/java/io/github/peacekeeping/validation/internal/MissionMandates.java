package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MissionProfile;

/**
 * What the mission rules share: the mandate in force on the day a profile describes, with its
 * place among the profile's mandates for the findings' paths.
 */
final class MissionMandates {

  private MissionMandates() {}

  /** The mandate in force and its index, such as {@code mandates[1]}; or null when none is. */
  record InForce(Mandate mandate, String path) {}

  static InForce inForce(MissionProfile profile) {
    // The periods do not overlap (a profile invariant), so no two mandates are equal.
    return profile.mandateInForce()
        .map(mandate -> new InForce(
            mandate, "mandates[" + profile.mandates().indexOf(mandate) + "]"))
        .orElse(null);
  }
}
