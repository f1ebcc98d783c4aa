package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.MissionFixtures.CONTEXT;
import static io.github.peacekeeping.validation.MissionFixtures.ghana;

import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.util.List;

/** Passing and breaking cases of the mission and member-state rules, for the catalogue walk. */
final class MissionRuleCases {

  private MissionRuleCases() {}

  static List<RuleCase> cases() {
    MandatedTask unsequenced = MandatedTask.of(
        MissionFixtures.HUMANITARIAN.description(), MissionFixtures.HUMANITARIAN.kind());
    return List.of(
        RuleCase.passing(Rules.LDN16_MANDATE_SEQUENCED, "UNMISS 2024 with prioritised tasks",
            MissionFixtures.unmiss(), CONTEXT),
        RuleCase.breaking(Rules.LDN16_MANDATE_SEQUENCED, "UNMISS with an unprioritised task",
            MissionFixtures.withTasks(MissionFixtures.POC, unsequenced), CONTEXT),
        RuleCase.passing(Rules.IPI21_POC_CAPABILITIES, "UNMISS with every POC capability",
            MissionFixtures.unmiss(), CONTEXT),
        RuleCase.breaking(Rules.IPI21_POC_CAPABILITIES, "UNMISS without language assistants",
            MissionFixtures.without(MissionCapability.LANGUAGE_ASSISTANTS), CONTEXT),
        RuleCase.passing(Rules.LDN16_MISSION_GENDER_ADVISERS, "UNMISS with both HQ advisers",
            MissionFixtures.unmiss(), CONTEXT),
        RuleCase.breaking(Rules.LDN16_MISSION_GENDER_ADVISERS, "UNMISS without a police adviser",
            MissionFixtures.without(MissionCapability.HQ_POLICE_GENDER_ADVISER), CONTEXT),
        RuleCase.passing(Rules.UNSC_AUTHORISED_CEILING, "UNMISS within its 2024 ceilings",
            MissionFixtures.unmiss(), CONTEXT),
        RuleCase.breaking(Rules.UNSC_AUTHORISED_CEILING, "UNMISS over its troop ceiling",
            MissionFixtures.deploying(
                PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(1_000, 16_000)),
            CONTEXT),
        RuleCase.passing(Rules.LDN16_WPS_NAP, "Ghana with a WPS national action plan",
            ghana(true, true, true), CONTEXT),
        RuleCase.breaking(Rules.LDN16_WPS_NAP, "a state without a WPS national action plan",
            ghana(false, true, true), CONTEXT),
        RuleCase.passing(Rules.LDN16_ROLES_OPEN_TO_WOMEN, "Ghana having reported both",
            ghana(true, true, true), CONTEXT),
        RuleCase.breaking(Rules.LDN16_ROLES_OPEN_TO_WOMEN, "a state without the officer breakdown",
            ghana(true, true, false), CONTEXT));
  }
}
