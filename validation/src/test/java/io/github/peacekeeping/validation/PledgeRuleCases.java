package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.RuleCase.breaking;
import static io.github.peacekeeping.validation.RuleCase.passing;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.unit.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Passing and breaking cases of the pledge rules, for the catalogue walk; seed scenarios where
 * they fit (see {@link PledgeFixtures} for which details are illustrative).
 */
final class PledgeRuleCases {

  private PledgeRuleCases() {}

  static List<RuleCase> cases() {
    ValidationContext context = Fixtures.CONTEXT;
    Pledge levelThree = Fixtures.levelThreePledge();
    Pledge rapid45 = PledgeFixtures.rapidDeploymentPledge(45);
    Pledge rapid120 = PledgeFixtures.rapidDeploymentPledge(120);
    return List.of(
        passing(Rules.LDN16_PCRS_REGISTERED, "a Level 3 capability pledge", levelThree, context),
        breaking(Rules.LDN16_PCRS_REGISTERED, "a capability pledge with no readiness level",
            Pledge.builder().from(levelThree).readiness(Optional.empty()).build(), context),

        passing(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, "a rapid-deployment pledge at 60 days",
            Fixtures.rapidDeploymentPledge(), context),
        breaking(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, "a rapid-deployment pledge at 45 days",
            rapid45, context),
        breaking(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, "a rapid-deployment pledge at 120 days",
            rapid120, context),
        passing(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, "a helicopter unit offered at 30 days",
            Unit.builder().from(Fixtures.helicopterUnit()).rapidDeploymentDays(30).build(),
            context),
        breaking(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, "a helicopter unit offered at 45 days",
            Unit.builder().from(Fixtures.helicopterUnit()).rapidDeploymentDays(45).build(),
            context),

        passing(Rules.PCRS19_RDL_WINDOW, "a Rapid Deployment Level pledge at 45 days", rapid45,
            context),
        breaking(Rules.PCRS19_RDL_WINDOW, "a Rapid Deployment Level pledge at 120 days", rapid120,
            context),

        passing(Rules.PCRS19_LEVEL_EVIDENCE, "a Level 3 pledge with its AAV and SUR", levelThree,
            context),
        breaking(Rules.PCRS19_LEVEL_EVIDENCE, "a Level 3 pledge naming no SUR",
            PledgeFixtures.withLevelThreeStep(ReadinessStep.builder()
                .from(Fixtures.levelThreeStep())
                .sur(Optional.empty())
                .build()),
            context),

        passing(Rules.PCRS19_PLEDGE_CURRENCY, "a 2021 pledge reconfirmed in September 2026",
            levelThree, context),
        breaking(Rules.PCRS19_PLEDGE_CURRENCY, "a 2021 pledge never reconfirmed",
            Pledge.builder().from(levelThree).reconfirmations(List.of()).build(), context),

        passing(Rules.LDN16_CAPABILITY_GAP, "a level II hospital pledged against a hospital gap",
            PledgeFixtures.norwegianSerbianHospital(), MeetsCapabilityGapTest.GAPS),
        breaking(Rules.LDN16_CAPABILITY_GAP, "an infantry battalion pledged against other gaps",
            levelThree, MeetsCapabilityGapTest.GAPS),

        passing(Rules.IPI21_ARRANGEMENT_PARTIES,
            "the Norwegian-Serbian level II hospital joint pledge",
            PledgeFixtures.norwegianSerbianHospital(), context),
        breaking(Rules.IPI21_ARRANGEMENT_PARTIES, "a joint pledge naming only Norway",
            PledgeFixtures.hospitalJointPledge(PledgeFixtures.NORWAY), context),
        passing(Rules.IPI21_ARRANGEMENT_PARTIES, "a C-130 rotation with consecutive periods",
            PledgeFixtures.c130Rotation(false), context),
        breaking(Rules.IPI21_ARRANGEMENT_PARTIES, "a C-130 rotation with overlapping periods",
            PledgeFixtures.c130Rotation(true), context),
        breaking(Rules.IPI21_ARRANGEMENT_PARTIES,
            "the Republic of Korea's donation of 16 helicopters with no recipient",
            PledgeFixtures.koreanHelicopterDonation(Optional.empty()), context),
        // The recipient is illustrative: the seed (004) says "partner countries" and names none.
        passing(Rules.IPI21_ARRANGEMENT_PARTIES,
            "the Republic of Korea's donation of 16 helicopters with a recipient",
            PledgeFixtures.koreanHelicopterDonation(Optional.of(MemberState.fromName("Ghana"))),
            context),

        passing(Rules.SEO21_PLEDGE_CATEGORY, "a Seoul 2021 pledge with a category", levelThree,
            context),
        breaking(Rules.SEO21_PLEDGE_CATEGORY, "a Seoul 2021 pledge with no category",
            Pledge.builder().from(levelThree).categories(List.of()).build(), context));
  }
}
