package org.example.messages;

import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.constraints.NationalInvestigationOfficerIncluded;

/** An application bean with one of the library's constraints and one of its own. */
public final class Deployment {

  @Callsign
  final String callsign;

  @NationalInvestigationOfficerIncluded(payload = Severity.Error.class)
  final Unit unit;

  /**
   * A deployment.
   *
   * @param callsign the callsign
   * @param unit the unit
   */
  public Deployment(String callsign, Unit unit) {
    this.callsign = callsign;
    this.unit = unit;
  }
}
