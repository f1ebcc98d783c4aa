package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static io.github.peacekeeping.validation.PledgeFixtures.rapidDeploymentPledge;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.RapidDeploymentWindow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RapidDeploymentWindowTest {

  private static final String RULE = Rules.LDN16_RAPID_DEPLOYMENT_WINDOW;

  @ParameterizedTest
  @ValueSource(ints = {30, 60, 90})
  void pledge_with_a_london_window_passes(int days) {
    assertThat(findings(rapidDeploymentPledge(days), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void pledge_not_offered_for_rapid_deployment_passes() {
    assertThat(findings(Fixtures.levelThreePledge(), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {29, 31, 45, 59, 61, 89, 91, 120})
  void pledge_with_another_window_is_an_error(int days) {
    assertThat(findings(rapidDeploymentPledge(days), Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).hasToString("readiness.steps[1].rapidDeployment.days");
          assertThat(f.message()).isEqualTo("Pledge KOR-2021-002 is offered for rapid deployment"
              + " within " + days + " days, not within 30, 60 or 90 days");
          assertThat(f.offendingValue()).contains(days);
        });
  }

  @Test
  void rapid_deployment_level_pledge_without_a_window_is_an_error() {
    Readiness readiness = Readiness.of(
        Fixtures.levelThreePledge().readiness().orElseThrow().steps().get(0),
        ReadinessStep.builder().from(Fixtures.levelThreeStep())
            .level(ReadinessLevel.RAPID_DEPLOYMENT)
            .build());
    Pledge pledge = Pledge.builder().from(Fixtures.rapidDeploymentPledge())
        .readiness(readiness).build();
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("readiness.steps[1].rapidDeployment");
      assertThat(f.message()).isEqualTo("Pledge KOR-2021-002 is offered for rapid deployment"
          + " but states no window of 30, 60 or 90 days");
      assertThat(f.offendingValue()).contains(readiness.latest());
    });
  }

  @Test
  void pledge_whose_unit_alone_states_a_window_must_state_one_too() {
    Pledge pledge = Pledge.builder().from(Fixtures.levelThreePledge())
        .units(List.of(Unit.builder().from(Fixtures.levelThreePledge().units().get(0))
            .rapidDeploymentDays(60).build()))
        .build();
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> {
          assertThat(f.path()).hasToString("readiness.steps[1].rapidDeployment");
          assertThat(f.message()).contains("states no window");
        });
  }

  @ParameterizedTest
  @ValueSource(ints = {30, 60, 90})
  void unit_with_a_london_window_passes(int days) {
    Unit unit = Unit.builder().from(Fixtures.helicopterUnit()).rapidDeploymentDays(days).build();
    assertThat(findings(unit, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void unit_without_a_window_passes() {
    assertThat(findings(Fixtures.helicopterUnit(), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void unit_with_another_window_is_an_error() {
    Unit unit = Unit.builder().from(Fixtures.helicopterUnit()).rapidDeploymentDays(45).build();
    assertThat(findings(unit, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("rapidDeploymentDays");
      assertThat(f.message()).isEqualTo(
          "Unit SLV-HEL-1 is offered for rapid deployment within 45 days, not within 30, 60 or 90 days");
      assertThat(f.offendingValue()).contains(45);
    });
  }

  @Test
  void unit_window_is_reported_within_its_pledge() {
    Pledge pledge = Pledge.builder().from(Fixtures.rapidDeploymentPledge())
        .units(List.of(Unit.builder().from(Fixtures.rapidDeploymentPledge().units().get(0))
            .rapidDeploymentDays(45).build()))
        .build();
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> assertThat(f.path()).hasToString("units[0].rapidDeploymentDays"));
  }

  static final class AnnotatedPledge {
    @RapidDeploymentWindow(payload = Severity.Error.class)
    final Pledge pledge;

    AnnotatedPledge(Pledge pledge) {
      this.pledge = pledge;
    }
  }

  static final class AnnotatedUnit {
    @RapidDeploymentWindow(payload = Severity.Error.class)
    final Unit unit;

    AnnotatedUnit(Unit unit) {
      this.unit = unit;
    }
  }

  @Test
  void default_hibernate_validator_reports_a_pledge_window_of_120_days() {
    assertSingleViolation(
        defaultValidator().validate(new AnnotatedPledge(rapidDeploymentPledge(120))),
        "pledge.readiness.steps[1].rapidDeployment.days", Severity.Error.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_a_pledge_window_of_60_days() {
    assertThat(defaultValidator().validate(new AnnotatedPledge(rapidDeploymentPledge(60))))
        .isEmpty();
  }

  @Test
  void default_hibernate_validator_reports_a_unit_window_of_45_days() {
    Unit unit = Unit.builder().from(Fixtures.helicopterUnit()).rapidDeploymentDays(45).build();
    assertSingleViolation(defaultValidator().validate(new AnnotatedUnit(unit)),
        "unit.rapidDeploymentDays", Severity.Error.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_a_unit_window_of_90_days() {
    Unit unit = Unit.builder().from(Fixtures.helicopterUnit()).rapidDeploymentDays(90).build();
    assertThat(defaultValidator().validate(new AnnotatedUnit(unit))).isEmpty();
  }

  @Test
  void a_pledge_is_offered_for_rapid_deployment_only_from_the_day_it_reached_the_level() {
    Pledge pledge = rapidDeploymentPledge(45);
    LocalDate reached = pledge.readiness().orElseThrow().latest().on();

    assertThat(findings(pledge, ValidationContext.asOf(reached.minusDays(1)), RULE)).isEmpty();
    assertThat(findings(pledge, ValidationContext.asOf(reached), RULE)).hasSize(1);
  }
}
