package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Words for mission capabilities and personnel categories in the mission rules' messages. */
final class MissionWording {

  private MissionWording() {}

  /** The capabilities in enum order, in readable words, as a list ending "... and ...". */
  static String capabilities(Set<MissionCapability> capabilities) {
    List<String> words = new ArrayList<>();
    for (MissionCapability capability : MissionCapability.values()) {
      if (capabilities.contains(capability)) {
        words.add(capability(capability));
      }
    }
    return list(words);
  }

  /** The categories in enum order, in readable words, as a list ending "... and ...". */
  static String categories(Set<PersonnelCategory> categories) {
    List<String> words = new ArrayList<>();
    for (PersonnelCategory category : PersonnelCategory.values()) {
      if (categories.contains(category)) {
        words.add(category(category));
      }
    }
    return list(words);
  }

  static String capability(MissionCapability capability) {
    return switch (capability) {
      case COMMUNITY_LIAISON_ASSISTANTS -> "community liaison assistants";
      case LANGUAGE_ASSISTANTS -> "language assistants";
      case POC_ADVISERS -> "protection of civilians advisers";
      case GENDER_ADVISERS -> "gender advisers";
      case JOINT_PROTECTION_TEAMS -> "joint protection teams";
      case SITUATIONAL_AWARENESS -> "situational awareness";
      case JOINT_OPERATIONS_CENTRE -> "a joint operations centre";
      case JOINT_MISSION_ANALYSIS_CENTRE -> "a joint mission analysis centre";
      case INTEGRATED_PLANNING_UNIT -> "an integrated planning unit";
      case HQ_MILITARY_GENDER_ADVISER -> "a military gender adviser";
      case HQ_POLICE_GENDER_ADVISER -> "a police gender adviser";
    };
  }

  static String category(PersonnelCategory category) {
    return switch (category) {
      case CONTINGENT_TROOPS -> "contingent troops";
      case STAFF_OFFICERS -> "staff officers";
      case MILITARY_OBSERVERS -> "military observers";
      case FORMED_POLICE_UNITS -> "formed police units";
      case INDIVIDUAL_POLICE -> "individual police";
      case JUSTICE_AND_CORRECTIONS -> "justice and corrections officers";
    };
  }

  private static String list(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and " + words.get(words.size() - 1);
  }
}
