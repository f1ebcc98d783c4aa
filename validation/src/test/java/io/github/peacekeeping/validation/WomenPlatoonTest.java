package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.constraints.WomenPlatoon;
import java.util.List;
import org.junit.jupiter.api.Test;

class WomenPlatoonTest {

  private static final String RULE = Rules.LDN16_FPU_WOMEN_PLATOON;

  static final class Bean {
    @WomenPlatoon(payload = Severity.Warning.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit fpuWithoutWomenPlatoon() {
    return Unit.builder().from(Fixtures.formedPoliceUnit())
        .platoons(List.of(Platoon.of("Platoon 2", PersonnelCount.of(2, 30))))
        .build();
  }

  @Test
  void fpu_with_a_women_platoon_has_no_finding() {
    assertThat(UnitChecks.findings(Fixtures.formedPoliceUnit(), RULE)).isEmpty();
  }

  @Test
  void fpu_without_a_women_platoon_gets_a_warning_at_platoons() {
    Unit unit = fpuWithoutWomenPlatoon();
    Finding finding = UnitChecks.single(unit, RULE);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.path()).hasToString("platoons");
    assertThat(finding.message())
        .isEqualTo("Formed police unit RWA-FPU-2 has no platoon of women officers (1 platoon recorded)");
    assertThat(finding.offendingValue()).contains(unit.platoons());
  }

  @Test
  void fpu_with_no_platoons_recorded_gets_a_warning() {
    Unit unit = Unit.builder().from(Fixtures.formedPoliceUnit()).platoons(List.of()).build();
    assertThat(UnitChecks.single(unit, RULE).message())
        .isEqualTo("Formed police unit RWA-FPU-2 has no platoon of women officers (0 platoons recorded)");
  }

  @Test
  void a_platoon_with_one_man_is_not_a_women_platoon() {
    Unit unit = Unit.builder().from(Fixtures.formedPoliceUnit())
        .platoons(List.of(
            Platoon.of("Platoon 1", PersonnelCount.of(31, 1)),
            Platoon.of("Platoon 2", PersonnelCount.of(2, 30))))
        .build();
    assertThat(UnitChecks.single(unit, RULE).message()).endsWith("(2 platoons recorded)");
  }

  @Test
  void a_formed_police_unit_type_is_recognised_by_its_code() {
    UnitType larger = UnitType.builder().from(UnitType.FORMED_POLICE_UNIT).nominalStrength(160).build();
    Unit unit = Unit.builder().from(fpuWithoutWomenPlatoon()).type(larger).build();
    assertThat(UnitChecks.findings(unit, RULE)).hasSize(1);
  }

  @Test
  void other_unit_types_need_no_women_platoon() {
    UnitType team = UnitType.of("SPECIALISED_POLICE_TEAM", "Specialised police team", UnitCategory.POLICE, false);
    Unit unit = Unit.builder().from(fpuWithoutWomenPlatoon()).type(team).build();
    assertThat(UnitChecks.findings(unit, RULE)).isEmpty();
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
  }

  @Test
  void annotated_bean_without_women_platoon_has_one_violation_under_default_configuration() {
    var violation = UnitChecks.singleViolation(
        new Bean(fpuWithoutWomenPlatoon()), RULE, Severity.Warning.class, "unit.platoons");
    assertThat(violation.getMessage())
        .isEqualTo("Formed police unit RWA-FPU-2 has no platoon of women officers (1 platoon recorded)");
  }

  @Test
  void annotated_bean_with_women_platoon_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(Fixtures.formedPoliceUnit()))).isEmpty();
  }
}
