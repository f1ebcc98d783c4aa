package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EquipmentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.EquipmentAtStandard;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CHOD17: "30 of the 287 military medical facilities ... either have not deployed or are deployed with sub-standard equipment". */
class EquipmentAtStandardTest {

  private static final String RULE = Rules.CHOD17_EQUIPMENT_STANDARD;

  static final class Bean {
    @EquipmentAtStandard(payload = Severity.Error.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit hospitalWith(EquipmentStatus equipment) {
    return Unit.builder().from(UnitChecks.levelTwoHospital()).equipment(equipment).build();
  }

  @Test
  void deployed_units_with_equipment_at_standard_have_no_finding() {
    assertThat(UnitChecks.findings(UnitChecks.levelTwoHospital(), RULE)).isEmpty();
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
  }

  @Test
  void level_two_hospital_with_sub_standard_equipment_gets_an_error_naming_a_medical_facility() {
    Finding finding = UnitChecks.single(hospitalWith(EquipmentStatus.SUB_STANDARD), RULE);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.path()).hasToString("equipment");
    assertThat(finding.message()).isEqualTo(
        "Medical facility NOR-L2H-1 (Level II hospital) is deployed with sub-standard equipment");
    assertThat(finding.offendingValue()).contains(EquipmentStatus.SUB_STANDARD);
  }

  @Test
  void medical_facility_whose_equipment_has_not_deployed_gets_a_distinct_message() {
    Finding finding = UnitChecks.single(hospitalWith(EquipmentStatus.NOT_DEPLOYED), RULE);
    assertThat(finding.message()).isEqualTo("Medical facility NOR-L2H-1 (Level II hospital) is "
        + "deployed but its required equipment has not been deployed");
    assertThat(finding.offendingValue()).contains(EquipmentStatus.NOT_DEPLOYED);
  }

  @Test
  void other_units_are_not_called_medical_facilities() {
    Unit unit = Unit.builder().from(Fixtures.infantryBattalion())
        .equipment(EquipmentStatus.SUB_STANDARD)
        .build();
    assertThat(UnitChecks.single(unit, RULE).message()).isEqualTo(
        "Unit BGD-INF-1 (Infantry battalion) is deployed with sub-standard equipment");
  }

  @Test
  void units_not_yet_deployed_are_not_checked() {
    Unit unit = Unit.builder().from(hospitalWith(EquipmentStatus.NOT_DEPLOYED))
        .status(DeploymentStatus.READY_TO_DEPLOY)
        .mission(Optional.empty())
        .build();
    assertThat(UnitChecks.findings(unit, RULE)).isEmpty();
  }

  @Test
  void annotated_bean_with_sub_standard_equipment_has_one_violation_under_default_configuration() {
    var violation = UnitChecks.singleViolation(new Bean(hospitalWith(EquipmentStatus.SUB_STANDARD)),
        RULE, Severity.Error.class, "unit.equipment");
    assertThat(violation.getMessage()).isEqualTo(
        "Medical facility NOR-L2H-1 (Level II hospital) is deployed with sub-standard equipment");
  }

  @Test
  void annotated_bean_with_equipment_at_standard_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(UnitChecks.levelTwoHospital()))).isEmpty();
  }
}
