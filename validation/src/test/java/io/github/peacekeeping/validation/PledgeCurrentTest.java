package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.validation.constraints.PledgeCurrent;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PledgeCurrentTest {

  private static final String RULE = Rules.PCRS19_PLEDGE_CURRENCY;

  /** The compliant Level 3 pledge, made and last reconfirmed on the given dates. */
  private static Pledge pledged(LocalDate pledgedOn, LocalDate reconfirmedOn) {
    return Pledge.builder().from(Fixtures.levelThreePledge())
        .pledgedOn(pledgedOn)
        .reconfirmedOn(Optional.ofNullable(reconfirmedOn))
        .build();
  }

  @Test
  void pledge_reconfirmed_within_6_months_passes() {
    assertThat(findings(Fixtures.levelThreePledge(), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void pledge_reconfirmed_exactly_6_months_before_passes() {
    Pledge pledge = pledged(LocalDate.of(2021, 12, 7), LocalDate.of(2026, 5, 23));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void pledge_reconfirmed_a_day_more_than_6_months_before_is_a_warning() {
    Pledge pledge = pledged(LocalDate.of(2021, 12, 7), LocalDate.of(2026, 5, 22));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEqualTo("reconfirmedOn");
      assertThat(f.message()).isEqualTo("Pledge KOR-2021-001, made on 2021-12-07, was last"
          + " confirmed on 2026-05-22: more than 6 months before 2026-11-23");
      assertThat(f.offendingValue()).contains(LocalDate.of(2026, 5, 22));
    });
  }

  @Test
  void old_pledge_never_reconfirmed_is_a_warning_dated_by_the_pledge() {
    Pledge pledge = pledged(LocalDate.of(2021, 12, 7), null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Pledge KOR-2021-001, made on 2021-12-07, was last"
          + " confirmed on 2021-12-07: more than 6 months before 2026-11-23");
      assertThat(f.offendingValue()).contains(LocalDate.of(2021, 12, 7));
    });
  }

  @Test
  void pledge_made_exactly_12_months_before_is_not_yet_due() {
    Pledge pledge = pledged(LocalDate.of(2025, 11, 23), null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void pledge_made_a_day_more_than_12_months_before_is_due() {
    Pledge pledge = pledged(LocalDate.of(2025, 11, 22), null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).hasSize(1);
  }

  @Test
  void pledge_made_after_the_evaluation_date_passes() {
    Pledge pledge = pledged(LocalDate.of(2027, 1, 1), null);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
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
    Pledge stale = pledged(LocalDate.of(2021, 12, 7), null);
    assertSingleViolation(defaultValidator(Fixtures.CONTEXT).validate(new Annotated(stale)),
        "pledge.reconfirmedOn", Severity.Warning.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_a_current_pledge() {
    assertThat(defaultValidator(Fixtures.CONTEXT)
        .validate(new Annotated(Fixtures.levelThreePledge()))).isEmpty();
  }

  @Test
  void default_hibernate_validator_without_a_context_reports_nothing() {
    Pledge stale = pledged(LocalDate.of(2021, 12, 7), null);
    assertThat(defaultValidator().validate(new Annotated(stale))).isEmpty();
  }
}
