package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static io.github.peacekeeping.validation.PledgeFixtures.rapidDeploymentPledge;
import static io.github.peacekeeping.validation.PledgeFixtures.withReadiness;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.validation.constraints.RapidDeploymentLevelWindow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RapidDeploymentLevelWindowTest {

  private static final String RULE = Rules.PCRS19_RDL_WINDOW;

  @ParameterizedTest
  @ValueSource(ints = {1, 30, 45, 60})
  void rapid_deployment_level_within_60_days_passes(int days) {
    assertThat(findings(rapidDeploymentPledge(days), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {61, 90, 120})
  void rapid_deployment_level_beyond_60_days_is_an_error(int days) {
    assertThat(findings(rapidDeploymentPledge(days), Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).hasToString("readiness.steps[1].rapidDeployment.days");
          assertThat(f.message()).isEqualTo("Pledge KOR-2021-002 is at the Rapid Deployment Level"
              + " but commits to deploy within " + days + " days of a UN request, not 60 or fewer");
          assertThat(f.offendingValue()).contains(days);
        });
  }

  @Test
  void rapid_deployment_level_without_days_is_an_error() {
    Readiness readiness = Readiness.of(
        Fixtures.levelThreePledge().readiness().orElseThrow().steps().get(0),
        ReadinessStep.builder().from(Fixtures.levelThreeStep())
            .level(ReadinessLevel.RAPID_DEPLOYMENT)
            .build());
    assertThat(findings(withReadiness(readiness), Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).hasToString("readiness.steps[1].rapidDeployment");
          assertThat(f.message()).isEqualTo("Pledge KOR-2021-001 is at the Rapid Deployment Level"
              + " but commits to no number of days within which to deploy after a UN request"
              + " (60 at most)");
          assertThat(f.offendingValue()).contains(readiness.latest());
        });
  }

  @Test
  void level_3_with_a_90_day_window_is_not_checked_by_this_rule() {
    Readiness readiness = Readiness.of(
        Fixtures.levelThreePledge().readiness().orElseThrow().steps().get(0),
        ReadinessStep.builder().from(Fixtures.levelThreeStep())
            .rapidDeployment(RapidDeploymentCommitment.of(90, Fixtures.levelThreeStep().on()))
            .build());
    assertThat(findings(withReadiness(readiness), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  static final class Annotated {
    @RapidDeploymentLevelWindow(payload = Severity.Error.class)
    final io.github.peacekeeping.core.pledge.Pledge pledge;

    Annotated(io.github.peacekeeping.core.pledge.Pledge pledge) {
      this.pledge = pledge;
    }
  }

  @Test
  void default_hibernate_validator_reports_120_days_at_the_rapid_deployment_level() {
    assertSingleViolation(defaultValidator().validate(new Annotated(rapidDeploymentPledge(120))),
        "pledge.readiness.steps[1].rapidDeployment.days", Severity.Error.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_60_days_at_the_rapid_deployment_level() {
    assertThat(defaultValidator().validate(new Annotated(rapidDeploymentPledge(60)))).isEmpty();
  }
}
