package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.validation.constraints.SeoulPledgeCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeoulPledgeCategoryTest {

  private static final String RULE = Rules.SEO21_PLEDGE_CATEGORY;

  /** The compliant Level 3 pledge with no category, made at a conference (or none) on a date. */
  static Pledge uncategorised(Conference conference, LocalDate pledgedOn) {
    return Pledge.builder().from(Fixtures.levelThreePledge())
        .categories(List.of())
        .conference(Optional.ofNullable(conference))
        .pledgedOn(pledgedOn)
        .reconfirmations(List.of())
        .readiness(Readiness.of(ReadinessLevel.LEVEL_1, pledgedOn))
        .build();
  }

  @Test
  void seoul_pledge_with_a_category_passes() {
    assertThat(findings(Fixtures.levelThreePledge(), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void seoul_pledge_without_a_category_is_an_error() {
    Pledge pledge = uncategorised(Conference.SEOUL_2021, LocalDate.of(2021, 12, 7));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("categories");
      assertThat(f.message()).isEqualTo(
          "Pledge KOR-2021-001, made at the Seoul 2021 ministerial, carries no Seoul 2021 pledge category");
      assertThat(f.offendingValue()).contains(Set.of());
    });
  }

  @Test
  void later_conference_pledge_without_a_category_is_an_error() {
    Pledge pledge = uncategorised(Conference.ACCRA_2023, LocalDate.of(2023, 12, 5));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("made at the Accra 2023 ministerial"));
  }

  @Test
  void london_pledge_without_a_category_passes() {
    Pledge pledge = uncategorised(Conference.LONDON_2016, LocalDate.of(2016, 9, 8));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void conference_decides_over_the_date() {
    Pledge pledge = uncategorised(Conference.NEW_YORK_2019, LocalDate.of(2022, 1, 10));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void pledge_outside_a_conference_from_the_first_day_of_seoul_is_an_error() {
    Pledge pledge = uncategorised(null, LocalDate.of(2021, 12, 7));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f ->
        assertThat(f.message()).isEqualTo(
            "Pledge KOR-2021-001, made on 2021-12-07, carries no Seoul 2021 pledge category"));
  }

  @Test
  void pledge_outside_a_conference_the_day_before_seoul_passes() {
    Pledge pledge = uncategorised(null, LocalDate.of(2021, 12, 6));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  static final class Annotated {
    @SeoulPledgeCategory(payload = Severity.Error.class)
    final Pledge pledge;

    Annotated(Pledge pledge) {
      this.pledge = pledge;
    }
  }

  @Test
  void default_hibernate_validator_reports_a_seoul_pledge_without_a_category() {
    Pledge pledge = uncategorised(Conference.SEOUL_2021, LocalDate.of(2021, 12, 7));
    assertSingleViolation(defaultValidator().validate(new Annotated(pledge)),
        "pledge.categories", Severity.Error.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_a_categorised_seoul_pledge() {
    assertThat(defaultValidator().validate(new Annotated(Fixtures.levelThreePledge()))).isEmpty();
  }
}
