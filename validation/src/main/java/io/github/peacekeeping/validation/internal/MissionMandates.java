package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MissionProfile;
import java.util.List;

/**
 * What the mission rules share: the mandate in force on the day a profile describes, with its
 * place among the profile's mandates for the findings' paths.
 */
final class MissionMandates {

  private MissionMandates() {}

  /** The mandate in force and its index, such as {@code mandates[1]}; or null when none is. */
  record InForce(Mandate mandate, String path) {}

  static InForce inForce(MissionProfile profile) {
    List<Mandate> mandates = profile.mandates();
    for (int i = 0; i < mandates.size(); i++) {
      if (mandates.get(i).period().contains(profile.asOf())) {
        return new InForce(mandates.get(i), "mandates[" + i + "]");
      }
    }
    return null;
  }
}
