package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static io.github.peacekeeping.validation.PledgeFixtures.withReadiness;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.validation.constraints.ReadinessEvidence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadinessEvidenceTest {

  private static final String RULE = Rules.PCRS19_LEVEL_EVIDENCE;

  private static Pledge at(ReadinessLevel level, LocalDate aav, String sur) {
    Readiness.Builder readiness = Readiness.builder().level(level);
    if (aav != null) {
      readiness.aavDate(aav);
    }
    if (sur != null) {
      readiness.surReference(sur);
    }
    return withReadiness(readiness.build());
  }

  @Test
  void level_1_needs_no_evidence() {
    assertThat(findings(at(ReadinessLevel.LEVEL_1, null, null), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void level_2_with_an_aav_passes() {
    Pledge pledge = at(ReadinessLevel.LEVEL_2, LocalDate.of(2022, 6, 15), null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
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
          assertThat(f.path()).isEqualTo("readiness.aavDate");
          assertThat(f.message()).isEqualTo(
              "Pledge KOR-2021-001 claims Level 2 but records no Assessment and Advisory Visit date");
          assertThat(f.offendingValue()).contains(ReadinessLevel.LEVEL_2);
        });
  }

  @Test
  void level_3_without_a_sur_is_an_error() {
    Pledge pledge = at(ReadinessLevel.LEVEL_3, LocalDate.of(2022, 6, 15), null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo("readiness.surReference");
      assertThat(f.message()).isEqualTo("Pledge KOR-2021-001 claims Level 3 but names no"
          + " Statement of Unit Requirements it is aligned with");
      assertThat(f.offendingValue()).contains(ReadinessLevel.LEVEL_3);
    });
  }

  @Test
  void rapid_deployment_level_without_any_evidence_gets_two_errors() {
    Pledge pledge = at(ReadinessLevel.RAPID_DEPLOYMENT, null, null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE))
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("readiness.aavDate", "Pledge KOR-2021-001 claims"
                + " Rapid Deployment Level but records no Assessment and Advisory Visit date"),
            org.assertj.core.groups.Tuple.tuple("readiness.surReference", "Pledge KOR-2021-001"
                + " claims Rapid Deployment Level but names no Statement of Unit Requirements it is"
                + " aligned with"));
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
  void default_hibernate_validator_reports_level_3_without_a_sur() {
    Pledge pledge = at(ReadinessLevel.LEVEL_3, LocalDate.of(2022, 6, 15), null);
    assertSingleViolation(defaultValidator().validate(new Annotated(pledge)),
        "pledge.readiness.surReference", Severity.Error.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_a_backed_level_3() {
    assertThat(defaultValidator().validate(new Annotated(Fixtures.levelThreePledge()))).isEmpty();
  }
}
