package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.constraints.GenderAdviserIncluded;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenderAdviserIncludedTest {

  private static final String RULE = Rules.LDN16_GENDER_ADVISER_UNIT;

  static final class Bean {
    @GenderAdviserIncluded(payload = Severity.Warning.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit battalionWithoutGenderAdviser() {
    return Unit.builder().from(Fixtures.infantryBattalion())
        .roles(Map.of(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.of(1, 2)))
        .build();
  }

  @Test
  void formed_units_with_a_gender_adviser_have_no_finding() {
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
    assertThat(UnitChecks.findings(Fixtures.formedPoliceUnit(), RULE)).isEmpty();
  }

  @Test
  void military_formed_unit_without_gender_adviser_gets_a_warning_at_roles() {
    Unit unit = battalionWithoutGenderAdviser();
    Finding finding = UnitChecks.single(unit, RULE);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.path()).hasToString("roles");
    assertThat(finding.message()).isEqualTo(
        "Infantry battalion BGD-INF-1 is a self-sustaining formed unit but includes no gender adviser");
    assertThat(finding.offendingValue()).contains(unit.roles());
  }

  @Test
  void police_formed_unit_without_gender_adviser_gets_a_warning() {
    Unit unit = Unit.builder().from(Fixtures.formedPoliceUnit()).roles(Map.of()).build();
    assertThat(UnitChecks.single(unit, RULE).message()).isEqualTo(
        "Formed police unit RWA-FPU-2 is a self-sustaining formed unit but includes no gender adviser");
  }

  @Test
  void an_offered_formed_unit_is_checked_too() {
    Unit unit = Unit.builder().from(battalionWithoutGenderAdviser())
        .status(io.github.peacekeeping.core.unit.DeploymentStatus.OFFERED)
        .build();
    assertThat(UnitChecks.findings(unit, RULE)).hasSize(1);
  }

  @Test
  void individually_deployed_personnel_need_no_gender_adviser() {
    Unit unit = Unit.builder().from(battalionWithoutGenderAdviser())
        .type(UnitType.STAFF_OFFICERS)
        .build();
    assertThat(UnitChecks.findings(unit, RULE)).isEmpty();
  }

  @Test
  void annotated_bean_without_gender_adviser_has_one_violation_under_default_configuration() {
    var violation = UnitChecks.singleViolation(
        new Bean(battalionWithoutGenderAdviser()), RULE, Severity.Warning.class, "unit.roles");
    assertThat(violation.getMessage()).isEqualTo(
        "Infantry battalion BGD-INF-1 is a self-sustaining formed unit but includes no gender adviser");
  }

  @Test
  void annotated_bean_with_gender_adviser_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(Fixtures.infantryBattalion()))).isEmpty();
  }
}
