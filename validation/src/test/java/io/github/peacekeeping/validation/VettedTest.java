package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.Vetted;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VettedTest {

  private static final String RULE = Rules.LDN16_VETTING;

  static final class Bean {
    @Vetted(payload = Severity.Error.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit unvetted(DeploymentStatus status) {
    Unit.Builder builder = Unit.builder().from(Fixtures.infantryBattalion());
    if (status != DeploymentStatus.DEPLOYED) {
      builder.mission(Optional.empty());
    }
    return builder.status(status).vetted(false).build();
  }

  @Test
  void vetted_unit_has_no_finding() {
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
  }

  @Test
  void deployed_unit_not_vetted_gets_an_error_at_vetted() {
    Finding finding = UnitChecks.single(unvetted(DeploymentStatus.DEPLOYED), RULE);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.path()).hasToString("vetted");
    assertThat(finding.message())
        .isEqualTo("Unit BGD-INF-1 is deployed but its personnel have not been vetted");
    assertThat(finding.offendingValue()).contains(false);
  }

  @Test
  void unit_ready_to_deploy_not_vetted_gets_an_error() {
    assertThat(UnitChecks.single(unvetted(DeploymentStatus.READY_TO_DEPLOY), RULE).message())
        .isEqualTo("Unit BGD-INF-1 is ready to deploy but its personnel have not been vetted");
  }

  @Test
  void offered_unit_is_not_yet_required_to_be_vetted() {
    assertThat(UnitChecks.findings(unvetted(DeploymentStatus.OFFERED), RULE)).isEmpty();
  }

  @Test
  void annotated_bean_not_vetted_has_one_violation_under_default_configuration() {
    var violation = UnitChecks.singleViolation(new Bean(unvetted(DeploymentStatus.DEPLOYED)),
        RULE, Severity.Error.class, "unit.vetted");
    assertThat(violation.getMessage())
        .isEqualTo("Unit BGD-INF-1 is deployed but its personnel have not been vetted");
  }

  @Test
  void annotated_bean_vetted_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(Fixtures.infantryBattalion()))).isEmpty();
  }

  @Test
  void a_vetting_counts_from_its_day_not_before() {
    java.time.LocalDate day = Fixtures.AS_OF;
    Unit vettedThatDay = Unit.builder().from(Fixtures.infantryBattalion()).vettedOn(day).build();
    Unit vettedNextDay = Unit.builder().from(Fixtures.infantryBattalion())
        .vettedOn(day.plusDays(1)).build();

    assertThat(UnitChecks.findings(vettedThatDay, RULE)).isEmpty();
    Finding finding = UnitChecks.single(vettedNextDay, RULE);
    assertThat(finding.path()).hasToString("vettedOn");
    assertThat(finding.message()).isEqualTo("Unit BGD-INF-1 is deployed but on 2026-11-23 its"
        + " personnel had not been vetted (vetted on 2026-11-24)");
    assertThat(finding.offendingValue()).contains(day.plusDays(1));
  }
}
