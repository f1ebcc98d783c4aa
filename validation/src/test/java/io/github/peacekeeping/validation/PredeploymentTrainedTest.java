package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.PredeploymentTrained;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PredeploymentTrainedTest {

  private static final String RULE = Rules.LDN16_PREDEPLOYMENT_TRAINING;

  static final class Bean {
    @PredeploymentTrained(payload = Severity.Error.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit withTraining(PredeploymentTraining training) {
    return Unit.builder().from(Fixtures.infantryBattalion()).training(training).build();
  }

  static Unit untrained() {
    return Unit.builder().from(Fixtures.infantryBattalion()).training(Optional.empty()).build();
  }

  @Test
  void fully_trained_units_have_no_finding() {
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
    assertThat(UnitChecks.findings(Fixtures.helicopterUnit(), RULE)).isEmpty();
  }

  @Test
  void deployed_unit_without_training_gets_an_error_at_training() {
    Finding finding = UnitChecks.single(untrained(), RULE);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.path()).hasToString("training");
    assertThat(finding.message()).isEqualTo("Unit BGD-INF-1 is deployed but has no pre-deployment "
        + "training recorded (UN minimum standards, prevention of conflict-related sexual violence "
        + "and of sexual exploitation and abuse)");
    assertThat(finding.offendingValue()).isEmpty();
  }

  @Test
  void training_without_sea_prevention_names_what_is_missing() {
    PredeploymentTraining training = PredeploymentTraining.builder().from(Fixtures.fullTraining())
        .sexualExploitationAndAbuse(false)
        .build();
    Finding finding = UnitChecks.single(withTraining(training), RULE);
    assertThat(finding.path()).hasToString("training");
    assertThat(finding.message()).isEqualTo("Unit BGD-INF-1 is deployed but its pre-deployment "
        + "training lacks prevention of sexual exploitation and abuse");
    assertThat(finding.offendingValue()).contains(training);
  }

  @Test
  void training_lacking_everything_lists_all_three() {
    Unit unit = Unit.builder().from(withTraining(PredeploymentTraining.builder().build()))
        .status(DeploymentStatus.READY_TO_DEPLOY)
        .build();
    assertThat(UnitChecks.single(unit, RULE).message()).isEqualTo("Unit BGD-INF-1 is ready to "
        + "deploy but its pre-deployment training lacks UN minimum standards, prevention of "
        + "conflict-related sexual violence and prevention of sexual exploitation and abuse");
  }

  @Test
  void training_below_un_minimum_standards_alone_is_reported() {
    PredeploymentTraining training = PredeploymentTraining.builder().from(Fixtures.fullTraining())
        .unMinimumStandards(false)
        .build();
    assertThat(UnitChecks.single(withTraining(training), RULE).message())
        .endsWith("lacks UN minimum standards");
  }

  @Test
  void an_offered_unit_is_not_yet_required_to_be_trained() {
    Unit unit = Unit.builder().from(untrained())
        .status(DeploymentStatus.OFFERED)
        .mission(Optional.empty())
        .build();
    assertThat(UnitChecks.findings(unit, RULE)).isEmpty();
  }

  @Test
  void gender_sensitivity_is_left_to_its_own_rule() {
    PredeploymentTraining training = PredeploymentTraining.builder().from(Fixtures.fullTraining())
        .genderSensitive(false)
        .build();
    assertThat(UnitChecks.findings(withTraining(training), RULE)).isEmpty();
  }

  @Test
  void annotated_bean_without_training_has_one_violation_under_default_configuration() {
    var violation = UnitChecks.singleViolation(
        new Bean(untrained()), RULE, Severity.Error.class, "unit.training");
    assertThat(violation.getMessage()).startsWith("Unit BGD-INF-1 is deployed but has no");
  }

  @Test
  void annotated_bean_with_full_training_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(Fixtures.infantryBattalion()))).isEmpty();
  }

  @Test
  void training_completed_after_the_evaluation_date_counts_as_none() {
    PredeploymentTraining full = Fixtures.infantryBattalion().training().orElseThrow();
    java.time.LocalDate day = Fixtures.AS_OF;
    Unit trainedThatDay = withTraining(PredeploymentTraining.builder().from(full)
        .completedOn(day).build());
    Unit trainedNextDay = withTraining(PredeploymentTraining.builder().from(full)
        .completedOn(day.plusDays(1)).build());

    assertThat(UnitChecks.findings(trainedThatDay, RULE)).isEmpty();
    Finding finding = UnitChecks.single(trainedNextDay, RULE);
    assertThat(finding.path()).hasToString("training.completedOn");
    assertThat(finding.message()).isEqualTo("Unit BGD-INF-1 is deployed but on 2026-11-23 had not"
        + " completed its pre-deployment training (completed on 2026-11-24)");
    // Gender sensitivity of training not yet completed is not judged twice.
    assertThat(UnitChecks.findings(Unit.builder().from(trainedNextDay)
        .training(PredeploymentTraining.builder().from(full).genderSensitive(false)
            .completedOn(day.plusDays(1)).build()).build(),
        Rules.LDN16_GENDER_SENSITIVE_TRAINING)).isEmpty();
  }
}
