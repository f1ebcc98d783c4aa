package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.constraints.NationalInvestigationOfficerIncluded;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NationalInvestigationOfficerIncludedTest {

  private static final String RULE = Rules.LDN16_NIO;

  static final class Bean {
    @NationalInvestigationOfficerIncluded(payload = Severity.Error.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit battalionWithoutNio() {
    return Unit.builder().from(Fixtures.infantryBattalion())
        .roles(Map.of(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1)))
        .build();
  }

  @Test
  void military_units_with_a_nio_have_no_finding() {
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
    assertThat(UnitChecks.findings(Fixtures.helicopterUnit(), RULE)).isEmpty();
    assertThat(UnitChecks.findings(UnitChecks.levelTwoHospital(), RULE)).isEmpty();
  }

  @Test
  void deployed_military_unit_without_nio_gets_an_error_at_roles() {
    Unit unit = battalionWithoutNio();
    Finding finding = UnitChecks.single(unit, RULE);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.path()).hasToString("roles");
    assertThat(finding.message()).isEqualTo(
        "Military unit BGD-INF-1 is deployed but includes no National Investigation Officer");
    assertThat(finding.offendingValue()).contains(unit.roles());
  }

  @Test
  void military_unit_ready_to_deploy_without_nio_gets_an_error() {
    Unit unit = Unit.builder().from(battalionWithoutNio())
        .status(DeploymentStatus.READY_TO_DEPLOY)
        .mission(Optional.empty())
        .build();
    assertThat(UnitChecks.single(unit, RULE).message()).isEqualTo(
        "Military unit BGD-INF-1 is ready to deploy but includes no National Investigation Officer");
  }

  @Test
  void offered_military_unit_is_not_yet_bound_for_a_mission() {
    Unit unit = Unit.builder().from(battalionWithoutNio())
        .status(DeploymentStatus.OFFERED)
        .mission(Optional.empty())
        .build();
    assertThat(UnitChecks.findings(unit, RULE)).isEmpty();
  }

  @Test
  void police_and_individual_personnel_need_no_nio() {
    assertThat(UnitChecks.findings(Fixtures.formedPoliceUnit(), RULE)).isEmpty();
    Unit staff = Unit.builder().from(battalionWithoutNio()).type(UnitType.STAFF_OFFICERS).build();
    assertThat(UnitChecks.findings(staff, RULE)).isEmpty();
  }

  @Test
  void annotated_bean_without_nio_has_one_violation_under_default_configuration() {
    var violation = UnitChecks.singleViolation(
        new Bean(battalionWithoutNio()), RULE, Severity.Error.class, "unit.roles");
    assertThat(violation.getMessage()).isEqualTo(
        "Military unit BGD-INF-1 is deployed but includes no National Investigation Officer");
  }

  @Test
  void annotated_bean_with_nio_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(Fixtures.infantryBattalion()))).isEmpty();
  }
}
