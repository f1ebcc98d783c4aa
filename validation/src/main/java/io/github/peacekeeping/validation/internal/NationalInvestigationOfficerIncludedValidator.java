package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.validation.constraints.NationalInvestigationOfficerIncluded;

/**
 * {@code LDN16-NIO}: a military formed unit that is deployed, or ready to deploy, includes at least
 * one National Investigation Officer. Individually deployed officers are not units; an offered
 * unit is not yet bound for a field mission.
 */
public final class NationalInvestigationOfficerIncludedValidator
    extends RuleValidator<NationalInvestigationOfficerIncluded, Unit> {

  /** Creates the validator. */
  public NationalInvestigationOfficerIncludedValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    boolean applies = unit.type().category() == UnitCategory.MILITARY
        && unit.type().formed()
        && unit.status() != DeploymentStatus.OFFERED;
    if (applies && unit.role(UnitRole.NATIONAL_INVESTIGATION_OFFICER).isZero()) {
      violations.report("{io.github.peacekeeping.validation.constraints."
              + "NationalInvestigationOfficerIncluded.message}")
          .at("roles")
          .with("unit", unit.id())
          .with("status", Wording.status(unit.status()))
          .offending(unit.roles())
          .add();
    }
  }
}
