package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesSmokeTest {

  @Test
  void compliant_fixtures_have_no_findings() {
    CommuniqueValidator validator = CommuniqueValidator.create();
    assertThat(validator.validate(Fixtures.infantryBattalion(), Fixtures.CONTEXT).findings()).isEmpty();
  }

  @Test
  void battalion_without_nio_gets_error() {
    var unit = Unit.builder().from(Fixtures.infantryBattalion())
        .roles(Map.of(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1)))
        .build();
    ValidationReport report = CommuniqueValidator.create().validate(unit, Fixtures.CONTEXT);
    assertThat(report.findings(Rules.LDN16_NIO)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).hasToString("roles");
          assertThat(f.message()).isEqualTo(
              "Military unit BGD-INF-1 is deployed but includes no National Investigation Officer");
        });
  }
}
