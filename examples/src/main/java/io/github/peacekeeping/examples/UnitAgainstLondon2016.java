package io.github.peacekeeping.examples;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.time.LocalDate;

/**
 * The README's first example: a formed police unit checked against the communiqués. The unit is
 * illustrative (its figures are not those of a real unit); the findings are the library's.
 */
public final class UnitAgainstLondon2016 {

  private UnitAgainstLondon2016() {}

  /**
   * Builds the unit of the README and validates it.
   *
   * @return the report
   */
  static ValidationReport validate() {
    Unit unit = Unit.builder()
        .id("GHA-FPU-1")
        .type(UnitType.FORMED_POLICE_UNIT)
        .contributor(MemberState.fromName("Ghana"))
        .status(DeploymentStatus.DEPLOYED)
        .mission(Mission.of("UNMISS"))
        .personnel(PersonnelCount.of(18, 122))
        .build();

    return CommuniqueValidator.create()
        .validate(unit, ValidationContext.asOf(LocalDate.of(2026, 11, 23)));
  }

  /**
   * Prints the findings.
   *
   * @param args none
   */
  public static void main(String[] args) {
    validate().findings().forEach(System.out::println);
  }
}
