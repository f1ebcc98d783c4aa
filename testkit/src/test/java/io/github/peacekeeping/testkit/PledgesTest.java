package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PledgesTest {

  @Test
  void every_pledge_passes_the_validator_under_the_default_context() {
    qt().withExamples(Valid.EXAMPLES).forAll(Pledges.pledges())
        .checkAssert(pledge -> Valid.clean(
            pledge, Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT)));
  }

  @Test
  void every_narrowed_pledge_passes_the_validator_under_the_default_context() {
    qt().withExamples(500)
        .forAll(Pledges.pledges().atReadiness(ReadinessLevel.RAPID_DEPLOYMENT)
            .inCategory(PledgeCategory.WOMEN_IN_PEACEKEEPING)
            .madeBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31)))
        .checkAssert(pledge -> Valid.clean(
            pledge, Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT)));
    qt().withExamples(500)
        .forAll(Pledges.pledges().madeBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)))
        .checkAssert(pledge -> Valid.clean(
            pledge, Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT)));
  }

  @Test
  void at_readiness_gives_pledges_at_that_level() {
    qt().withExamples(500).forAll(Pledges.pledges().atReadiness(ReadinessLevel.LEVEL_3))
        .checkAssert(pledge -> {
          assertThat(pledge.readiness()).hasValueSatisfying(
              readiness -> assertThat(readiness.level()).isEqualTo(ReadinessLevel.LEVEL_3));
          assertThat(pledge.isCapabilityPledge()).isTrue();
        });
  }

  @Test
  void in_category_from_and_at_conference_are_respected() {
    MemberState korea = MemberState.fromName("Republic of Korea");
    qt().withExamples(500)
        .forAll(Pledges.pledges().inCategory(PledgeCategory.MEDICAL).from(korea)
            .atConference(Conference.SEOUL_2021))
        .checkAssert(pledge -> {
          assertThat(pledge.categories()).contains(PledgeCategory.MEDICAL);
          assertThat(pledge.contributors().get(0)).isEqualTo(korea);
          assertThat(pledge.conference()).contains(Conference.SEOUL_2021);
          assertThat(pledge.pledgedOn()).isBetween(
              Conference.SEOUL_2021.date(), Conference.SEOUL_2021.lastDate());
          assertThat(pledge.units()).allMatch(unit -> unit.contributor().equals(korea));
        });
  }

  @Test
  void made_between_is_respected() {
    LocalDate from = LocalDate.of(2018, 3, 1);
    LocalDate to = LocalDate.of(2018, 3, 31);
    qt().withExamples(500).forAll(Pledges.pledges().madeBetween(from, to))
        .checkAssert(pledge -> {
          assertThat(pledge.pledgedOn()).isBetween(from, to);
          assertThat(pledge.conference()).isEmpty();
        });
  }

  @Test
  void rejects_a_conference_outside_the_span() {
    assertThatThrownBy(() -> Pledges.pledges()
            .madeBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))
            .atConference(Conference.LONDON_2016))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "conference: must fall within 2018-01-01/2018-12-31, was LONDON_2016");
    assertThatThrownBy(() -> Pledges.pledges()
            .madeBetween(LocalDate.of(2018, 1, 2), LocalDate.of(2018, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to: must not be before from 2018-01-02, was 2018-01-01");
  }

  @Test
  void a_pledge_equals_its_copy_rebuilt_with_the_builder() {
    qt().withExamples(Valid.EXAMPLES).forAll(Pledges.pledges())
        .checkAssert(pledge -> {
          Pledge copy = Pledge.builder().from(pledge).build();
          assertThat(copy).isEqualTo(pledge).isNotSameAs(pledge);
          assertThat(copy.hashCode()).isEqualTo(pledge.hashCode());
        });
  }

  @Test
  void a_pledge_exposes_no_mutable_collection() {
    qt().withExamples(300).forAll(Pledges.pledges())
        .checkAssert(pledge -> {
          Valid.unmodifiable(pledge.categories());
          Valid.unmodifiable(pledge.units());
          Valid.unmodifiable(pledge.equipment());
          Valid.unmodifiable(pledge.training());
          Valid.unmodifiable(pledge.contributors());
        });
  }

  @Test
  void a_failing_property_is_reported_with_a_shrunk_counterexample() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(200).withFixedSeed(20261123L)
            .forAll(lists().of(Pledges.pledges()).ofSizeBetween(0, 12))
            .describedAs(list -> "a list of " + list.size() + " pledges")
            .check(list -> list.size() < 3));
    assertThat(failure).isNotNull();
    assertThat(failure.getMessage())
        .contains("Smallest found falsifying value(s) :-\na list of 3 pledges");
  }
}
