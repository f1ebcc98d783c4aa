package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static io.github.peacekeeping.validation.PledgeFixtures.withReadiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.validation.constraints.ReadinessEvidence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadinessEvidenceTest {

  private static final String RULE = Rules.PCRS19_LEVEL_EVIDENCE;

  private static final LocalDate REGISTERED = LocalDate.of(2021, 12, 7);
  private static final LocalDate REACHED = LocalDate.of(2022, 6, 30);

  /** Registered at Level 1, then at the level on {@link #REACHED} with the evidence given. */
  private static Pledge at(ReadinessLevel level, AssessmentVisit aav, SurAlignment sur) {
    ReadinessStep.Builder step = ReadinessStep.builder().on(REACHED).level(level);
    if (aav != null) {
      step.aav(aav);
    }
    if (sur != null) {
      step.sur(sur);
    }
    return withReadiness(Readiness.of(
        ReadinessStep.reached(ReadinessLevel.LEVEL_1, REGISTERED), step.build()));
  }

  private static AssessmentVisit aav() {
    return AssessmentVisit.of(LocalDate.of(2022, 6, 15));
  }

  private static ValidationContext asOf(LocalDate date) {
    return ValidationContext.asOf(date);
  }

  @Test
  void level_1_needs_no_evidence() {
    assertThat(findings(at(ReadinessLevel.LEVEL_1, null, null), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void level_2_with_a_successful_aav_passes() {
    assertThat(findings(at(ReadinessLevel.LEVEL_2, aav(), null), Fixtures.CONTEXT, RULE))
        .isEmpty();
  }

  @Test
  void compliant_level_3_and_rapid_deployment_pledges_pass() {
    assertThat(findings(Fixtures.levelThreePledge(), Fixtures.CONTEXT, RULE)).isEmpty();
    assertThat(findings(Fixtures.rapidDeploymentPledge(), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void level_2_without_an_aav_is_an_error() {
    assertThat(findings(at(ReadinessLevel.LEVEL_2, null, null), Fixtures.CONTEXT, RULE))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).hasToString("readiness.steps[1].aav");
          assertThat(f.message()).isEqualTo("Pledge KOR-2021-001 claims Level 2 (since"
              + " 2022-06-30) but records no Assessment and Advisory Visit");
          assertThat(f.offendingValue()).contains(ReadinessLevel.LEVEL_2);
        });
  }

  @Test
  void level_2_backed_by_an_unsuccessful_aav_is_an_error() {
    Pledge pledge = at(ReadinessLevel.LEVEL_2, AssessmentVisit.unsuccessful(
        LocalDate.of(2022, 6, 15)), null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.path()).hasToString("readiness.steps[1].aav");
      assertThat(f.message()).isEqualTo("Pledge KOR-2021-001 claims Level 2 (since 2022-06-30)"
          + " but its Assessment and Advisory Visit of 2022-06-15 was not successful");
      assertThat(f.offendingValue()).contains(AssessmentVisit.unsuccessful(
          LocalDate.of(2022, 6, 15)));
    });
  }

  @Test
  void level_3_without_a_sur_is_an_error() {
    Pledge pledge = at(ReadinessLevel.LEVEL_3, aav(), null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("readiness.steps[1].sur");
      assertThat(f.message()).isEqualTo("Pledge KOR-2021-001 claims Level 3 (since 2022-06-30)"
          + " but names no Statement of Unit Requirements it is aligned with");
      assertThat(f.offendingValue()).contains(ReadinessLevel.LEVEL_3);
    });
  }

  @Test
  void rapid_deployment_level_without_any_evidence_gets_two_errors() {
    Pledge pledge = at(ReadinessLevel.RAPID_DEPLOYMENT, null, null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE))
        .extracting(f -> f.path().toString(), Finding::message)
        .containsExactly(
            tuple("readiness.steps[1].aav", "Pledge KOR-2021-001 claims Rapid Deployment Level"
                + " (since 2022-06-30) but records no Assessment and Advisory Visit"),
            tuple("readiness.steps[1].sur", "Pledge KOR-2021-001 claims Rapid Deployment Level"
                + " (since 2022-06-30) but names no Statement of Unit Requirements it is aligned"
                + " with"));
  }

  @Test
  void the_level_checked_is_the_one_in_force_on_the_evaluation_date() {
    // Level 3 without a SUR from 2022-06-30: before that day the pledge is at Level 1 and needs
    // no evidence; from that day its Level 3 lacks a SUR.
    Pledge pledge = at(ReadinessLevel.LEVEL_3, aav(), null);

    assertThat(findings(pledge, asOf(REACHED.minusDays(1)), RULE)).isEmpty();
    assertThat(findings(pledge, asOf(REACHED), RULE)).hasSize(1);
    assertThat(findings(pledge, asOf(REACHED.plusDays(1)), RULE)).hasSize(1);
  }

  @Test
  void a_pledge_that_fell_back_is_checked_at_the_level_it_fell_back_to() {
    Pledge pledge = withReadiness(Readiness.of(
        ReadinessStep.reached(ReadinessLevel.LEVEL_1, REGISTERED),
        ReadinessStep.reached(ReadinessLevel.LEVEL_3, REACHED),
        ReadinessStep.reached(ReadinessLevel.LEVEL_1, LocalDate.of(2023, 3, 1))));

    assertThat(findings(pledge, asOf(LocalDate.of(2023, 2, 28)), RULE)).hasSize(2);
    assertThat(findings(pledge, asOf(LocalDate.of(2023, 3, 1)), RULE)).isEmpty();
  }

  @Test
  void pledge_without_readiness_is_left_to_the_registration_rule() {
    Pledge pledge = Pledge.builder().from(Fixtures.levelThreePledge())
        .readiness(java.util.Optional.empty()).build();
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  static final class Annotated {
    @ReadinessEvidence(payload = Severity.Error.class)
    final Pledge pledge;

    Annotated(Pledge pledge) {
      this.pledge = pledge;
    }
  }

  @Test
  void default_hibernate_validator_reports_level_3_without_a_sur_at_the_latest_step() {
    Pledge pledge = at(ReadinessLevel.LEVEL_3, aav(), null);
    assertSingleViolation(defaultValidator().validate(new Annotated(pledge)),
        "pledge.readiness.steps[1].sur", Severity.Error.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_a_backed_level_3() {
    assertThat(defaultValidator().validate(new Annotated(Fixtures.levelThreePledge()))).isEmpty();
  }
}
