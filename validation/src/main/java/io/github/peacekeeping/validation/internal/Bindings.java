package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.constraints.ArrangementParties;
import io.github.peacekeeping.validation.constraints.CaveatsDeclared;
import io.github.peacekeeping.validation.constraints.EquipmentAtStandard;
import io.github.peacekeeping.validation.constraints.GenderAdviserIncluded;
import io.github.peacekeeping.validation.constraints.GenderSensitiveTraining;
import io.github.peacekeeping.validation.constraints.MeetsCapabilityGap;
import io.github.peacekeeping.validation.constraints.MissionActive;
import io.github.peacekeeping.validation.constraints.MissionGenderAdvisers;
import io.github.peacekeeping.validation.constraints.MixedEngagementTeams;
import io.github.peacekeeping.validation.constraints.NationalInvestigationOfficerIncluded;
import io.github.peacekeeping.validation.constraints.NightFlyingCapable;
import io.github.peacekeeping.validation.constraints.PledgeCurrent;
import io.github.peacekeeping.validation.constraints.PredeploymentTrained;
import io.github.peacekeeping.validation.constraints.ProtectionOfCiviliansCapabilities;
import io.github.peacekeeping.validation.constraints.RapidDeploymentLevelWindow;
import io.github.peacekeeping.validation.constraints.RapidDeploymentWindow;
import io.github.peacekeeping.validation.constraints.ReadinessEvidence;
import io.github.peacekeeping.validation.constraints.RegisteredInPcrs;
import io.github.peacekeeping.validation.constraints.RolesOpenToWomenReported;
import io.github.peacekeeping.validation.constraints.RuleId;
import io.github.peacekeeping.validation.constraints.SeoulPledgeCategory;
import io.github.peacekeeping.validation.constraints.SequencedMandate;
import io.github.peacekeeping.validation.constraints.Vetted;
import io.github.peacekeeping.validation.constraints.WithinAuthorisedCeilings;
import io.github.peacekeeping.validation.constraints.WomenPlatoon;
import io.github.peacekeeping.validation.constraints.WpsNationalActionPlan;
import io.github.peacekeeping.validation.groups.AllRuleSets;
import jakarta.validation.Payload;
import java.lang.annotation.Annotation;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;

/**
 * Puts each rule's constraint on the core type it checks, in the validation group of its rule set:
 * the programmatic mapping of the library's own validator factory. Core types carry no Bean
 * Validation annotations, so that the core module needs no validation API.
 */
final class Bindings {

  private Bindings() {}

  static void apply(ConstraintMapping mapping) {
    bind(mapping, Pledge.class,
        RegisteredInPcrs.class,
        RapidDeploymentWindow.class,
        RapidDeploymentLevelWindow.class,
        ReadinessEvidence.class,
        PledgeCurrent.class,
        MeetsCapabilityGap.class,
        ArrangementParties.class,
        SeoulPledgeCategory.class);
    bind(mapping, Unit.class,
        RapidDeploymentWindow.class,
        CaveatsDeclared.class,
        NationalInvestigationOfficerIncluded.class,
        GenderAdviserIncluded.class,
        WomenPlatoon.class,
        MixedEngagementTeams.class,
        PredeploymentTrained.class,
        GenderSensitiveTraining.class,
        Vetted.class,
        EquipmentAtStandard.class,
        NightFlyingCapable.class,
        MissionActive.class);
    bind(mapping, DeploymentRecord.class,
        MissionActive.class);
    bind(mapping, MissionProfile.class,
        SequencedMandate.class,
        ProtectionOfCiviliansCapabilities.class,
        MissionGenderAdvisers.class,
        WithinAuthorisedCeilings.class);
    bind(mapping, MemberStateCommitments.class,
        WpsNationalActionPlan.class,
        RolesOpenToWomenReported.class);
  }

  @SafeVarargs
  private static <T> void bind(
      ConstraintMapping mapping, Class<T> type, Class<? extends Annotation>... constraints) {
    TypeConstraintMappingContext<T> context = mapping.type(type);
    for (Class<? extends Annotation> constraint : constraints) {
      Rule rule = Rules.get(constraint.getAnnotation(RuleId.class).value());
      // The catalogue's severity, set here because Bean Validation rejects a constraint whose
      // payload has a non-empty default (HV000075), so annotations cannot carry it.
      // In its rule set's group, and in the group of all rule sets, which validates in one pass.
      context.constraint(new GenericConstraintDef<>(constraint)
          .groups(Groups.of(rule.source()), AllRuleSets.class)
          .payload(severityPayload(rule.severity())));
    }
  }

  private static Class<? extends Payload> severityPayload(Severity severity) {
    return switch (severity) {
      case ERROR -> Severity.Error.class;
      case WARNING -> Severity.Warning.class;
      case INFO -> Severity.Info.class;
    };
  }
}
