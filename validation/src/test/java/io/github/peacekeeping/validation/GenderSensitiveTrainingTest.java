package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.GenderSensitiveTraining;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenderSensitiveTrainingTest {

  private static final String RULE = Rules.LDN16_GENDER_SENSITIVE_TRAINING;

  static final class Bean {
    @GenderSensitiveTraining(payload = Severity.Warning.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit withGenderBlindTraining() {
    return Unit.builder().from(Fixtures.infantryBattalion())
        .training(PredeploymentTraining.builder().from(Fixtures.fullTraining())
            .genderSensitive(false)
            .build())
        .build();
  }

  @Test
  void gender_sensitive_training_has_no_finding() {
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
  }

  @Test
  void training_that_is_not_gender_sensitive_gets_a_warning() {
    Finding finding = UnitChecks.single(withGenderBlindTraining(), RULE);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.path()).hasToString("training.genderSensitive");
    assertThat(finding.message())
        .isEqualTo("The pre-deployment training of unit BGD-INF-1 is not gender-sensitive");
    assertThat(finding.offendingValue()).contains(false);
  }

  @Test
  void unit_without_training_is_left_to_the_predeployment_training_rule() {
    Unit unit = Unit.builder().from(Fixtures.infantryBattalion()).training(Optional.empty()).build();
    assertThat(UnitChecks.findings(unit, RULE)).isEmpty();
  }

  @Test
  void annotated_bean_with_gender_blind_training_has_one_violation_under_default_configuration() {
    var violation = UnitChecks.singleViolation(new Bean(withGenderBlindTraining()),
        RULE, Severity.Warning.class, "unit.training.genderSensitive");
    assertThat(violation.getMessage())
        .isEqualTo("The pre-deployment training of unit BGD-INF-1 is not gender-sensitive");
  }

  @Test
  void annotated_bean_with_gender_sensitive_training_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(Fixtures.infantryBattalion()))).isEmpty();
  }
}
