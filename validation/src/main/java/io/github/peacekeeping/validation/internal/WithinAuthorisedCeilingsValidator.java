package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.validation.constraints.WithinAuthorisedCeilings;
import java.util.List;

/**
 * {@code UNSC-AUTHORISED-CEILING}: the uniformed personnel a mission has deployed on the profile's
 * day do not exceed any ceiling, nor any sub-ceiling within one, of the mandate in force on that
 * day, the categories a ceiling covers counted together. Each exceeded ceiling or sub-ceiling is
 * one violation. A profile whose day no mandate covers has no ceiling to check.
 */
public final class WithinAuthorisedCeilingsValidator
    extends RuleValidator<WithinAuthorisedCeilings, MissionProfile> {

  /** Creates the validator. */
  public WithinAuthorisedCeilingsValidator() {}

  @Override
  protected void check(MissionProfile profile, Violations violations) {
    MissionMandates.InForce inForce = MissionMandates.inForce(profile);
    if (inForce == null) {
      return;
    }
    check(profile, inForce, inForce.mandate().ceilings(), "ceiling", violations);
  }

  private static void check(MissionProfile profile, MissionMandates.InForce inForce,
      List<AuthorisedCeiling> ceilings, String kind, Violations violations) {
    for (AuthorisedCeiling ceiling : ceilings) {
      if (ceiling.isExceededBy(profile.deployed())) {
        long deployed = ceiling.deployedWithin(profile.deployed());
        violations.report(
                "{io.github.peacekeeping.validation.constraints.WithinAuthorisedCeilings.message}")
            .at("deployed")
            .with("mission", profile.mission().acronym())
            .with("deployed", Text.number(deployed))
            .with("maximum", Text.number(ceiling.maximum()))
            .with("excess", Text.number(deployed - ceiling.maximum()))
            .with("categories", MissionWording.categories(ceiling.categories()))
            .with("ceiling", kind)
            .with("resolution", inForce.mandate().authorisedBy().toString())
            .offending(ceiling)
            .add();
      }
      check(profile, inForce, ceiling.subCeilings(), "sub-ceiling", violations);
    }
  }
}
