package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.validation.constraints.PledgeCurrent;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PledgeCurrentTest {

  private static final String RULE = Rules.PCRS19_PLEDGE_CURRENCY;

  /** 2026-11-23, the evaluation date of {@link Fixtures#CONTEXT}. */
  private static final LocalDate D = Fixtures.AS_OF;

  /** The compliant Level 3 pledge, made and registered on one day, reconfirmed on the others. */
  private static Pledge registered(LocalDate registeredOn, LocalDate... reconfirmations) {
    return Pledge.builder().from(Fixtures.levelThreePledge())
        .pledgedOn(registeredOn)
        .readiness(Readiness.of(ReadinessLevel.LEVEL_1, registeredOn))
        .reconfirmations(List.of(reconfirmations))
        .build();
  }

  @Test
  void pledge_reconfirmed_within_6_months_passes() {
    assertThat(findings(Fixtures.levelThreePledge(), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void pledge_reconfirmed_exactly_6_months_before_passes() {
    Pledge pledge = registered(LocalDate.of(2021, 12, 7), LocalDate.of(2026, 5, 23));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void pledge_reconfirmed_a_day_more_than_6_months_before_is_a_warning() {
    Pledge pledge = registered(LocalDate.of(2021, 12, 7), LocalDate.of(2026, 5, 22));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).hasToString("reconfirmations");
      assertThat(f.message()).isEqualTo("Pledge KOR-2021-001, registered in the PCRS on"
          + " 2021-12-07, was last confirmed on 2026-05-22: more than 6 months before 2026-11-23");
      assertThat(f.offendingValue()).contains(LocalDate.of(2026, 5, 22));
    });
  }

  @Test
  void old_pledge_never_reconfirmed_is_a_warning_dated_by_its_registration() {
    Pledge pledge = registered(LocalDate.of(2021, 12, 7));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Pledge KOR-2021-001, registered in the PCRS on"
          + " 2021-12-07, was last confirmed on 2021-12-07: more than 6 months before 2026-11-23");
      assertThat(f.offendingValue()).contains(LocalDate.of(2021, 12, 7));
    });
  }

  @Test
  void a_reconfirmation_counts_from_its_day_not_before() {
    LocalDate stale = LocalDate.of(2026, 5, 1);
    // The day before, the day of and the day after the evaluation date.
    assertThat(findings(registered(LocalDate.of(2021, 12, 7), stale, D.minusDays(1)),
        Fixtures.CONTEXT, RULE)).isEmpty();
    assertThat(findings(registered(LocalDate.of(2021, 12, 7), stale, D),
        Fixtures.CONTEXT, RULE)).isEmpty();
    assertThat(findings(registered(LocalDate.of(2021, 12, 7), stale, D.plusDays(1)),
        Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> assertThat(f.offendingValue()).contains(stale));
  }

  @Test
  void a_reconfirmation_after_the_evaluation_date_is_not_taken_into_account() {
    Pledge pledge = registered(LocalDate.of(2021, 12, 7), LocalDate.of(2027, 1, 15));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("was last confirmed on 2021-12-07"));
  }

  @Test
  void pledge_registered_exactly_12_months_before_is_not_yet_due() {
    assertThat(findings(registered(D.minusMonths(12)), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void pledge_registered_a_day_more_than_12_months_before_is_due() {
    assertThat(findings(registered(D.minusMonths(12).minusDays(1)), Fixtures.CONTEXT, RULE))
        .hasSize(1);
  }

  @Test
  void age_runs_from_the_registration_not_from_the_pledge() {
    // Pledged in 2021 but registered in the PCRS 10 months before the evaluation date.
    Pledge pledge = Pledge.builder().from(registered(LocalDate.of(2021, 12, 7)))
        .readiness(Readiness.of(ReadinessLevel.LEVEL_1, D.minusMonths(10)))
        .build();
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void pledge_made_after_the_evaluation_date_is_not_evaluated() {
    Pledge pledge = registered(LocalDate.of(2027, 1, 1));
    ValidationReport report = CommuniqueValidator.create().validate(pledge, Fixtures.CONTEXT);

    assertThat(report.findings()).isEmpty();
    assertThat(report.notices()).singleElement().satisfies(n -> {
      assertThat(n.severity()).isEqualTo(Severity.INFO);
      assertThat(n.datedOn()).isEqualTo(LocalDate.of(2027, 1, 1));
      assertThat(n.message()).isEqualTo("Pledge KOR-2021-001, made on 2027-01-01, after the"
          + " evaluation date 2026-11-23, did not exist on that date: it was not evaluated");
    });
  }

  @Test
  void a_pledge_that_left_and_came_back_counts_from_its_return() {
    // Found by the testkit: registered 2016, withdrawn 2019, registered again a month before D.
    Pledge returned = Pledge.builder().from(registered(LocalDate.of(2016, 10, 1)))
        .readiness(Readiness.of(
            ReadinessStep.reached(ReadinessLevel.LEVEL_1, LocalDate.of(2016, 10, 1)),
            ReadinessStep.left(ReadinessExit.WITHDRAWN, LocalDate.of(2019, 1, 15)),
            ReadinessStep.reached(ReadinessLevel.LEVEL_1, D.minusMonths(1))))
        .build();
    Pledge returnedLongAgo = Pledge.builder().from(returned)
        .readiness(Readiness.of(
            ReadinessStep.reached(ReadinessLevel.LEVEL_1, LocalDate.of(2016, 10, 1)),
            ReadinessStep.left(ReadinessExit.WITHDRAWN, LocalDate.of(2019, 1, 15)),
            ReadinessStep.reached(ReadinessLevel.LEVEL_1, LocalDate.of(2020, 3, 1))))
        .build();

    assertThat(findings(returned, Fixtures.CONTEXT, RULE)).isEmpty();
    assertThat(findings(returnedLongAgo, Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("registered in the PCRS on 2020-03-01"));
  }

  @Test
  void pledges_off_the_renewal_cycle_are_not_checked() {
    Pledge stale = registered(LocalDate.of(2021, 12, 7));
    Pledge withdrawn = Pledge.builder().from(stale)
        .readiness(Readiness.of(ReadinessStep.reached(ReadinessLevel.LEVEL_1,
                LocalDate.of(2021, 12, 7)),
            ReadinessStep.left(ReadinessExit.WITHDRAWN, LocalDate.of(2023, 1, 1))))
        .build();
    Pledge donation = Pledge.builder().from(PledgeFixtures.koreanHelicopterDonation(
            java.util.Optional.empty()))
        .readiness(Readiness.of(ReadinessLevel.LEVEL_1, LocalDate.of(2021, 12, 8)))
        .reconfirmations(List.of())
        .build();
    Pledge trainingOnly = Pledge.builder().from(stale).units(List.of()).categories(List.of())
        .build();
    Pledge registeredLater = Pledge.builder().from(stale)
        .readiness(Readiness.of(ReadinessLevel.LEVEL_1, D.plusDays(1)))
        .build();

    assertThat(findings(stale, Fixtures.CONTEXT, RULE)).hasSize(1);
    Stream.of(withdrawn, donation, trainingOnly, registeredLater).forEach(pledge ->
        assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).as(pledge.id()).isEmpty());
  }

  static final class Annotated {
    @PledgeCurrent(payload = Severity.Warning.class)
    final Pledge pledge;

    Annotated(Pledge pledge) {
      this.pledge = pledge;
    }
  }

  @Test
  void default_hibernate_validator_with_a_context_reports_a_stale_pledge() {
    Pledge stale = registered(LocalDate.of(2021, 12, 7));
    assertSingleViolation(defaultValidator(Fixtures.CONTEXT).validate(new Annotated(stale)),
        "pledge.reconfirmations", Severity.Warning.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_a_current_pledge() {
    assertThat(defaultValidator(Fixtures.CONTEXT)
        .validate(new Annotated(Fixtures.levelThreePledge()))).isEmpty();
  }

  @Test
  void default_hibernate_validator_without_a_context_reports_nothing() {
    Pledge stale = registered(LocalDate.of(2021, 12, 7));
    assertThat(defaultValidator().validate(new Annotated(stale))).isEmpty();
  }
}
