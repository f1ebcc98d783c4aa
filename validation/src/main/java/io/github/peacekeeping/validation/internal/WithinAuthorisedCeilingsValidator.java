package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.validation.constraints.WithinAuthorisedCeilings;

/**
 * {@code UNSC-AUTHORISED-CEILING}: the uniformed personnel a mission has deployed do not exceed any
 * ceiling of its mandate, the categories a ceiling covers counted together. Each exceeded ceiling
 * is one violation.
 */
public final class WithinAuthorisedCeilingsValidator
    extends RuleValidator<WithinAuthorisedCeilings, MissionProfile> {

  /** Creates the validator. */
  public WithinAuthorisedCeilingsValidator() {}

  @Override
  protected void check(MissionProfile profile, Violations violations) {
    for (AuthorisedCeiling ceiling : profile.mandate().ceilings()) {
      if (ceiling.isExceededBy(profile.deployed())) {
        // isExceededBy guards against overflow; a sum that overflows is reported as the largest.
        long deployed;
        try {
          deployed = ceiling.deployedWithin(profile.deployed());
        } catch (ArithmeticException overflow) {
          deployed = Long.MAX_VALUE;
        }
        violations.report(
                "{io.github.peacekeeping.validation.constraints.WithinAuthorisedCeilings.message}")
            .at("deployed")
            .with("mission", profile.mission().acronym())
            .with("deployed", Text.number(deployed))
            .with("maximum", Text.number(ceiling.maximum()))
            .with("excess", Text.number(deployed - ceiling.maximum()))
            .with("categories", MissionWording.categories(ceiling.categories()))
            .with("resolution", profile.mandate().authorisedBy().toString())
            .offending(ceiling)
            .add();
      }
    }
  }
}
