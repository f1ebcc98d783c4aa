package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.RuleCase.breaking;
import static io.github.peacekeeping.validation.RuleCase.passing;

import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.EquipmentStatus;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Passing and breaking cases of the unit rules, for the catalogue walk: the seed scenarios (an FPU
 * without a women platoon, a military unit without a National Investigation Officer, an undeclared
 * caveat, a level II hospital deployed with sub-standard equipment as CHOD17 reports of 30 of the
 * 287 military medical facilities, a mixed engagement team with one woman, a helicopter unit
 * without night-flying capacity) and one for each other unit rule.
 */
final class UnitRuleCases {

  private UnitRuleCases() {}

  static List<RuleCase> cases() {
    ValidationContext context = Fixtures.CONTEXT;
    Unit battalion = Fixtures.infantryBattalion();
    Unit fpu = Fixtures.formedPoliceUnit();
    Unit helicopters = Fixtures.helicopterUnit();
    Unit hospital = UnitChecks.levelTwoHospital();
    return List.of(
        passing(Rules.UNSC_MISSION_ACTIVE, "a battalion deployed in UNMISS in 2026",
            battalion, context),
        breaking(Rules.UNSC_MISSION_ACTIVE, "a battalion deployed in MINUSMA in 2026",
            Unit.builder().from(battalion).mission(Mission.of("MINUSMA")).build(), context),
        passing(Rules.IPI21_CAVEATS_DECLARED, "a unit with no caveat", battalion, context),
        passing(Rules.IPI21_CAVEATS_DECLARED, "a declared caveat, reported at INFO",
            Unit.builder().from(battalion)
                .addCaveat(Caveat.declared("no deployment outside sector East"))
                .build(),
            context),
        breaking(Rules.IPI21_CAVEATS_DECLARED, "an undeclared caveat",
            Unit.builder().from(battalion).addCaveat(Caveat.undeclared("no night patrols")).build(),
            context),

        passing(Rules.LDN16_NIO, "an infantry battalion with National Investigation Officers",
            battalion, context),
        breaking(Rules.LDN16_NIO, "a deployed military unit without a National Investigation Officer",
            Unit.builder().from(battalion)
                .roles(Map.of(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1)))
                .build(),
            context),

        passing(Rules.LDN16_GENDER_ADVISER_UNIT, "a formed police unit with a gender adviser",
            fpu, context),
        breaking(Rules.LDN16_GENDER_ADVISER_UNIT, "a formed police unit without a gender adviser",
            Unit.builder().from(fpu).roles(Map.of()).build(), context),

        passing(Rules.LDN16_FPU_WOMEN_PLATOON, "an FPU with a platoon of women officers",
            fpu, context),
        breaking(Rules.LDN16_FPU_WOMEN_PLATOON, "an FPU without a women platoon",
            Unit.builder().from(fpu)
                .platoons(List.of(Platoon.of("Platoon 2", PersonnelCount.of(2, 30))))
                .build(),
            context),

        passing(Rules.LDN16_MIXED_ENGAGEMENT_TEAM, "an engagement team with three women",
            battalion, context),
        breaking(Rules.LDN16_MIXED_ENGAGEMENT_TEAM, "a mixed engagement team with one woman",
            Unit.builder().from(battalion)
                .engagementTeams(List.of(
                    EngagementTeam.of("Engagement team 1", PersonnelCount.of(1, 7))))
                .build(),
            context),

        passing(Rules.LDN16_PREDEPLOYMENT_TRAINING, "a deployed unit with full training",
            battalion, context),
        breaking(Rules.LDN16_PREDEPLOYMENT_TRAINING, "a deployed unit with no training recorded",
            Unit.builder().from(battalion).training(Optional.empty()).build(), context),

        passing(Rules.LDN16_GENDER_SENSITIVE_TRAINING, "gender-sensitive training",
            battalion, context),
        breaking(Rules.LDN16_GENDER_SENSITIVE_TRAINING, "training that is not gender-sensitive",
            Unit.builder().from(battalion)
                .training(PredeploymentTraining.builder().from(Fixtures.fullTraining())
                    .genderSensitive(false)
                    .build())
                .build(),
            context),

        passing(Rules.LDN16_VETTING, "a vetted helicopter unit ready to deploy", helicopters,
            context),
        breaking(Rules.LDN16_VETTING, "a helicopter unit ready to deploy, not vetted",
            Unit.builder().from(helicopters).vetted(false).build(), context),

        passing(Rules.CHOD17_EQUIPMENT_STANDARD,
            "a level II hospital deployed with its equipment at standard", hospital, context),
        breaking(Rules.CHOD17_EQUIPMENT_STANDARD,
            "a level II hospital deployed with sub-standard equipment",
            Unit.builder().from(hospital).equipment(EquipmentStatus.SUB_STANDARD).build(),
            context),

        passing(Rules.LDN16_NIGHT_FLYING, "a helicopter unit with night-flying capacity",
            helicopters, context),
        breaking(Rules.LDN16_NIGHT_FLYING, "a helicopter unit without night-flying capacity",
            Unit.builder().from(helicopters).nightFlyingCapable(false).build(), context));
  }
}
