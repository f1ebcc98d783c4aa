package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.constraints.MissionGenderAdvisers;
import io.github.peacekeeping.validation.constraints.NationalInvestigationOfficerIncluded;
import io.github.peacekeeping.validation.constraints.ProtectionOfCiviliansCapabilities;
import io.github.peacekeeping.validation.constraints.RolesOpenToWomenReported;
import io.github.peacekeeping.validation.constraints.RuleId;
import io.github.peacekeeping.validation.constraints.SequencedMandate;
import io.github.peacekeeping.validation.constraints.WithinAuthorisedCeilings;
import io.github.peacekeeping.validation.constraints.WpsNationalActionPlan;
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
    bind(mapping, Unit.class,
        NationalInvestigationOfficerIncluded.class);
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
      String ruleId = constraint.getAnnotation(RuleId.class).value();
      context.constraint(new GenericConstraintDef<>(constraint)
          .groups(Groups.of(Rules.get(ruleId).source())));
    }
  }
}
