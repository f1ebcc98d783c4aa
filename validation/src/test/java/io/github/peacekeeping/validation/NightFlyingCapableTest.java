package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.constraints.NightFlyingCapable;
import org.junit.jupiter.api.Test;

class NightFlyingCapableTest {

  private static final String RULE = Rules.LDN16_NIGHT_FLYING;

  static final class Bean {
    @NightFlyingCapable(payload = Severity.Warning.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit helicoptersWithoutNightFlying() {
    return Unit.builder().from(Fixtures.helicopterUnit()).nightFlyingCapable(false).build();
  }

  @Test
  void helicopter_unit_with_night_flying_capacity_has_no_finding() {
    assertThat(UnitChecks.findings(Fixtures.helicopterUnit(), RULE)).isEmpty();
  }

  @Test
  void helicopter_unit_without_night_flying_capacity_gets_a_warning() {
    Finding finding = UnitChecks.single(helicoptersWithoutNightFlying(), RULE);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.path()).hasToString("nightFlyingCapable");
    assertThat(finding.message())
        .isEqualTo("Utility helicopter unit SLV-HEL-1 has no night-flying capacity");
    assertThat(finding.offendingValue()).contains(false);
  }

  @Test
  void armed_helicopter_unit_offered_without_night_flying_capacity_gets_a_warning() {
    Unit unit = Unit.builder().from(helicoptersWithoutNightFlying())
        .type(UnitType.ARMED_HELICOPTER_UNIT)
        .status(DeploymentStatus.OFFERED)
        .build();
    assertThat(UnitChecks.single(unit, RULE).message())
        .isEqualTo("Armed helicopter unit SLV-HEL-1 has no night-flying capacity");
  }

  @Test
  void other_units_need_no_night_flying_capacity() {
    Unit unit = Unit.builder().from(helicoptersWithoutNightFlying())
        .type(UnitType.TRANSPORT_AIRCRAFT_UNIT)
        .build();
    assertThat(UnitChecks.findings(unit, RULE)).isEmpty();
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
  }

  @Test
  void annotated_bean_without_night_flying_has_one_violation_under_default_configuration() {
    var violation = UnitChecks.singleViolation(new Bean(helicoptersWithoutNightFlying()),
        RULE, Severity.Warning.class, "unit.nightFlyingCapable");
    assertThat(violation.getMessage())
        .isEqualTo("Utility helicopter unit SLV-HEL-1 has no night-flying capacity");
  }

  @Test
  void annotated_bean_with_night_flying_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(Fixtures.helicopterUnit()))).isEmpty();
  }
}
