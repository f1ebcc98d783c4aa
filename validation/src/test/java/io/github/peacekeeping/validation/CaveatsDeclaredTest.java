package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.CaveatsDeclared;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaveatsDeclaredTest {

  private static final String RULE = Rules.IPI21_CAVEATS_DECLARED;

  static final class Bean {
    @CaveatsDeclared(payload = Severity.Error.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit withCaveats(Caveat... caveats) {
    return Unit.builder().from(Fixtures.infantryBattalion()).caveats(List.of(caveats)).build();
  }

  @Test
  void unit_without_caveats_has_no_finding() {
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
  }

  @Test
  void undeclared_caveat_gets_an_error_at_its_index() {
    Caveat caveat = Caveat.undeclared("no night patrols");
    Finding finding = UnitChecks.single(withCaveats(caveat), RULE);
    assertThat(finding.ruleId()).isEqualTo(RULE);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.path()).hasToString("caveats[0]");
    assertThat(finding.message())
        .isEqualTo("Unit BGD-INF-1 has an undeclared caveat: \"no night patrols\"");
    assertThat(finding.offendingValue()).contains(caveat);
  }

  @Test
  void declared_caveat_is_reported_at_info() {
    Caveat caveat = Caveat.declared("no deployment outside sector East");
    Finding finding = UnitChecks.single(withCaveats(caveat), RULE);
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.path()).hasToString("caveats[0]");
    assertThat(finding.message())
        .isEqualTo("Unit BGD-INF-1 has a declared caveat: \"no deployment outside sector East\"");
    assertThat(finding.offendingValue()).contains(caveat);
  }

  @Test
  void each_caveat_is_reported_at_its_own_index_and_severity() {
    Unit unit = withCaveats(
        Caveat.declared("no deployment outside sector East"),
        Caveat.undeclared("no night patrols"));
    assertThat(UnitChecks.findings(unit, RULE))
        .extracting(f -> f.path().toString(), Finding::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("caveats[0]", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple("caveats[1]", Severity.ERROR));
  }

  @Test
  void annotated_bean_with_undeclared_caveat_has_one_violation_under_default_configuration() {
    ConstraintViolation<Bean> violation = UnitChecks.singleViolation(
        new Bean(withCaveats(Caveat.undeclared("no night patrols"))),
        RULE, Severity.Error.class, "unit.caveats[0]");
    assertThat(violation.getMessage())
        .isEqualTo("Unit BGD-INF-1 has an undeclared caveat: \"no night patrols\"");
    assertThat(UnitChecks.severityOverride(violation)).isEmpty();
  }

  @Test
  void annotated_bean_with_declared_caveat_has_an_info_violation_under_default_configuration() {
    ConstraintViolation<Bean> violation = UnitChecks.singleViolation(
        new Bean(withCaveats(Caveat.declared("no night patrols"))),
        RULE, Severity.Error.class, "unit.caveats[0]");
    assertThat(UnitChecks.severityOverride(violation)).contains(Severity.INFO);
  }

  @Test
  void annotated_bean_without_caveats_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(Fixtures.infantryBattalion()))).isEmpty();
  }

  @Test
  void caveat_text_is_quoted_literally_even_with_braces() {
    Unit unit = withCaveats(Caveat.undeclared("no patrols beyond {sector} or ${x}"));
    assertThat(UnitChecks.single(unit, RULE).message())
        .isEqualTo("Unit BGD-INF-1 has an undeclared caveat: \"no patrols beyond {sector} or ${x}\"");
    var violation =
        UnitChecks.singleViolation(new Bean(unit), RULE, Severity.Error.class, "unit.caveats[0]");
    assertThat(violation.getMessage())
        .isEqualTo("Unit BGD-INF-1 has an undeclared caveat: \"no patrols beyond {sector} or ${x}\"");
  }
}
