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
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurKind;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
          assertThat(pledge.readiness()).hasValueSatisfying(readiness -> assertThat(
              readiness.levelOn(Testkit.DEFAULT_DATE)).contains(ReadinessLevel.LEVEL_3));
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
  void regression_valid_pledges_carry_no_registration_or_aav_dated_after_the_default_date() {
    // Earlier versions registered a pledge up to 60 days after it was made and dated its AAV up to
    // a year after the registration, past Testkit.DEFAULT_DATE for recent pledges.
    qt().withExamples(Valid.EXAMPLES)
        .forAll(Pledges.pledges().madeBetween(Testkit.DEFAULT_DATE.minusDays(30),
            Testkit.DEFAULT_DATE))
        .checkAssert(pledge -> assertThat(Valid.datedFacts(pledge))
            .as("dated facts of %s", pledge)
            .allMatch(day -> !day.isAfter(Testkit.DEFAULT_DATE)));
    qt().withExamples(Valid.EXAMPLES).forAll(Pledges.pledges())
        .checkAssert(pledge -> assertThat(Valid.datedFacts(pledge))
            .as("dated facts of %s", pledge)
            .allMatch(day -> !day.isAfter(Testkit.DEFAULT_DATE)));
  }

  @Test
  void regression_the_units_of_a_pledge_have_distinct_ids() {
    // Issue 15: two units of one pledge shared the id AFG-INFANTRY_BATTALION-1.
    qt().withExamples(1_000).forAll(Pledges.pledges())
        .checkAssert(pledge -> assertThat(pledge.units().stream().map(Unit::id))
            .as("%s", Descriptions.of(pledge)).doesNotHaveDuplicates());
  }

  @Test
  void with_units_draws_the_units_of_a_pledge_from_the_given_generator() {
    qt().withExamples(500)
        .forAll(Pledges.pledges().withUnits(Units.units().ofType(UnitType.FORMED_POLICE_UNIT)))
        .checkAssert(pledge -> {
          Valid.clean(pledge, Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT));
          assertThat(pledge.units()).allMatch(u -> u.type().equals(UnitType.FORMED_POLICE_UNIT))
              .allMatch(u -> u.contributor().equals(pledge.contributors().get(0)))
              .allMatch(u -> u.rapidDeploymentDays().isEmpty());
        });
    // Composition with a unit rule: one formed police unit without its all-women platoon.
    qt().withExamples(300)
        .forAll(Pledges.pledges().withUnits(Units.units().ofCategory(UnitCategory.POLICE))
            .violating("LDN16-FPU-WOMEN-PLATOON"))
        .checkAssert(pledge -> assertThat(pledge.units())
            .filteredOn(u -> u.type().equals(UnitType.FORMED_POLICE_UNIT))
            .filteredOn(u -> u.platoons().stream().noneMatch(p -> p.isAllWomen()))
            .hasSize(1));
  }

  @Test
  void with_equipment_and_with_training_draw_the_offers_from_the_given_generators() {
    var goggles = io.github.peacekeeping.core.pledge.EquipmentOffer.of("Night-vision goggles", 40);
    var course = io.github.peacekeeping.core.pledge.TrainingOffer.of("Mine awareness course",
        List.of());
    qt().withExamples(500)
        .forAll(Pledges.pledges()
            .withEquipment(org.quicktheories.generators.Generate.constant(goggles))
            .withTraining(org.quicktheories.generators.Generate.constant(course)))
        .checkAssert(pledge -> {
          Valid.clean(pledge, Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT));
          assertThat(pledge.equipment()).allMatch(e -> e.description().equals("Night-vision "
              + "goggles") && e.quantity() == 40);
          assertThat(pledge.training()).allMatch(course::equals);
        });
  }

  @Test
  void with_units_rejects_units_a_pledge_cannot_offer_or_break() {
    assertThatThrownBy(() -> Pledges.pledges()
        .withUnits(Units.units().withStatus(DeploymentStatus.DEPLOYED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units: a pledge offers units offered or ready to deploy, but this generator "
            + "draws only [DEPLOYED]");
    assertThatThrownBy(() -> Pledges.pledges().violating("LDN16-NIGHT-FLYING")
        .withUnits(Units.units().ofType(UnitType.INFANTRY_BATTALION)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LDN16-NIGHT-FLYING needs a unit type that is a helicopter unit");
  }

  @Test
  void every_step_that_reaches_a_level_carries_the_evidence_of_that_level() {
    qt().withExamples(Valid.EXAMPLES).forAll(Pledges.pledges().recordedUntil(LATER))
        .checkAssert(pledge -> pledge.readiness().ifPresent(readiness -> {
          for (ReadinessStep step : readiness.steps()) {
            if (step.level().isEmpty()) {
              assertThat(step.aav()).isEmpty();
              continue;
            }
            ReadinessLevel level = step.level().get();
            if (level.isAtLeast(ReadinessLevel.LEVEL_2)) {
              assertThat(step.aav()).as("%s", step)
                  .hasValueSatisfying(visit -> assertThat(visit.successful()).isTrue());
            }
            assertThat(step.sur().isPresent()).as("%s", step)
                .isEqualTo(level.isAtLeast(ReadinessLevel.LEVEL_3));
            assertThat(step.rapidDeployment().isPresent()).as("%s", step)
                .isEqualTo(level == ReadinessLevel.RAPID_DEPLOYMENT);
            step.rapidDeployment().ifPresent(
                rapid -> assertThat(rapid.days()).isIn(30, 60));
          }
        }));
  }

  @Test
  void readiness_histories_rise_fall_back_leave_and_come_back() {
    List<Readiness> histories = Samples.of(new SplittableRandom(8))
        .sample(Pledges.pledges().inCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES),
            1_000)
        .stream().map(pledge -> pledge.readiness().orElseThrow()).toList();
    assertThat(histories).as("one step").anyMatch(r -> r.steps().size() == 1);
    assertThat(histories).as("four steps").anyMatch(r -> r.steps().size() == 4);
    assertThat(histories).as("a fall-back").anyMatch(PledgesTest::fallsBack);
    assertThat(histories).as("an exit in force on the default date")
        .anyMatch(r -> r.stepOn(Testkit.DEFAULT_DATE).orElseThrow().exit().isPresent());
    assertThat(histories).as("a level reached again after an exit")
        .anyMatch(PledgesTest::comesBack);
    assertThat(histories).as("an unsuccessful visit at Level 1")
        .anyMatch(r -> r.steps().stream().anyMatch(step -> step.aav().isPresent()
            && !step.aav().get().successful()
            && step.level().equals(Optional.of(ReadinessLevel.LEVEL_1))));
    assertThat(histories).as("a mission-specific SUR")
        .anyMatch(r -> r.steps().stream().anyMatch(step -> step.sur().isPresent()
            && step.sur().get().kind() == SurKind.MISSION_SPECIFIC));
    assertThat(histories).as("registered at Level 1 and at Level 3")
        .anyMatch(r -> r.steps().get(0).level().equals(Optional.of(ReadinessLevel.LEVEL_1)))
        .anyMatch(r -> r.steps().get(0).level().equals(Optional.of(ReadinessLevel.LEVEL_3)));
  }

  private static boolean fallsBack(Readiness readiness) {
    List<ReadinessStep> steps = readiness.steps();
    for (int i = 1; i < steps.size(); i++) {
      Optional<ReadinessLevel> before = steps.get(i - 1).level();
      Optional<ReadinessLevel> after = steps.get(i).level();
      if (before.isPresent() && after.isPresent() && after.get().compareTo(before.get()) < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean comesBack(Readiness readiness) {
    List<ReadinessStep> steps = readiness.steps();
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i - 1).exit().isPresent() && steps.get(i).level().isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Test
  void registered_once_gives_one_step_at_the_chosen_level_with_its_evidence() {
    qt().withExamples(500)
        .forAll(Pledges.pledges().atReadiness(ReadinessLevel.LEVEL_3).registeredOnce())
        .checkAssert(pledge -> {
          Readiness readiness = pledge.readiness().orElseThrow();
          assertThat(readiness.steps()).hasSize(1);
          ReadinessStep step = readiness.latest();
          assertThat(step.level()).contains(ReadinessLevel.LEVEL_3);
          assertThat(step.aav()).isPresent();
          assertThat(step.sur()).isPresent();
          assertThat(step.on()).isBetween(pledge.pledgedOn(), pledge.pledgedOn().plusDays(60));
          Valid.clean(pledge, Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT));
        });
  }

  @Test
  void at_readiness_is_never_out_of_the_system_on_the_default_date() {
    qt().withExamples(500).forAll(Pledges.pledges().atReadiness(ReadinessLevel.LEVEL_1))
        .checkAssert(pledge -> assertThat(pledge.readiness().orElseThrow()
                .stepOn(Testkit.DEFAULT_DATE).orElseThrow().level())
            .contains(ReadinessLevel.LEVEL_1));
  }

  @Test
  void reconfirmations_follow_the_registration_on_days_the_pledge_holds_a_level() {
    qt().withExamples(Valid.EXAMPLES).forAll(Pledges.pledges())
        .checkAssert(pledge -> {
          if (pledge.readiness().isEmpty()) {
            assertThat(pledge.reconfirmations()).isEmpty();
            return;
          }
          Readiness readiness = pledge.readiness().get();
          assertThat(pledge.reconfirmations()).as("%s", Descriptions.of(pledge))
              .allMatch(day -> day.isAfter(readiness.registeredOn()))
              .allMatch(day -> readiness.levelOn(day).isPresent())
              .allMatch(day -> !day.isAfter(Testkit.DEFAULT_DATE));
        });
    assertThat(Samples.of(new SplittableRandom(4)).sample(Pledges.pledges(), 500))
        .as("several reconfirmations")
        .anyMatch(pledge -> pledge.reconfirmations().size() >= 3);
  }

  @Test
  void a_pledge_in_the_system_for_over_a_year_and_still_at_a_level_was_reconfirmed_since_may() {
    LocalDate yearBefore = Testkit.DEFAULT_DATE.minusMonths(12);
    LocalDate sixMonthsBefore = Testkit.DEFAULT_DATE.minusMonths(6);
    qt().withExamples(Valid.EXAMPLES)
        .forAll(Pledges.pledges().inCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES))
        .checkAssert(pledge -> {
          Readiness readiness = pledge.readiness().orElseThrow();
          // In the system since its registration, or since its return after an exit.
          if (readiness.enteredBy(Testkit.DEFAULT_DATE)
              .map(day -> day.isBefore(yearBefore)).orElse(false)) {
            assertThat(pledge.lastReconfirmationBy(Testkit.DEFAULT_DATE)).as("%s", Descriptions.of(pledge))
                .hasValueSatisfying(day -> assertThat(day).isAfterOrEqualTo(sixMonthsBefore));
          }
        });
  }

  private static final LocalDate LATER = Testkit.DEFAULT_DATE.plusYears(2);

  @Test
  void recorded_until_adds_facts_after_the_default_date_that_the_rules_do_not_count() {
    PledgeGenerator recorded = Pledges.pledges().recordedUntil(LATER);
    qt().withExamples(Valid.EXAMPLES).forAll(recorded)
        .checkAssert(pledge -> {
          Valid.clean(pledge, Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT));
          assertThat(Valid.datedFacts(pledge)).allMatch(day -> !day.isAfter(LATER));
          assertThat(pledge.pledgedOn()).isBeforeOrEqualTo(Testkit.DEFAULT_DATE);
        });
    List<Pledge> samples = Samples.of(new SplittableRandom(12)).sample(recorded, 500);
    assertThat(samples).as("a step after the default date")
        .anyMatch(pledge -> pledge.readiness().isPresent()
            && pledge.readiness().get().latest().on().isAfter(Testkit.DEFAULT_DATE));
    assertThat(samples).as("a reconfirmation after the default date")
        .anyMatch(pledge -> pledge.reconfirmations().stream()
            .anyMatch(day -> day.isAfter(Testkit.DEFAULT_DATE)));
  }

  @Test
  void recorded_until_rejects_a_day_before_the_default_date() {
    assertThatThrownBy(() -> Pledges.pledges().recordedUntil(LocalDate.of(2026, 11, 22)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "last: must not be before Testkit.DEFAULT_DATE 2026-11-23, was 2026-11-22");
  }

  @Test
  void a_pledge_made_after_the_default_date_is_registered_that_day_and_not_evaluated() {
    qt().withExamples(500)
        .forAll(Pledges.pledges()
            .inCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
            .madeBetween(Testkit.DEFAULT_DATE.plusDays(1), Testkit.DEFAULT_DATE.plusYears(1)))
        .checkAssert(pledge -> {
          assertThat(pledge.readiness().orElseThrow().steps()).singleElement()
              .satisfies(step -> assertThat(step.on()).isEqualTo(pledge.pledgedOn()));
          assertThat(pledge.reconfirmations()).isEmpty();
          ValidationReport report = Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT);
          assertThat(report.findings()).isEmpty();
          assertThat(report.notices()).singleElement()
              .satisfies(notice -> assertThat(notice.datedOn()).isEqualTo(pledge.pledgedOn()));
        });
  }

  @Test
  void the_units_of_a_pledge_are_trained_and_vetted_by_the_default_date() {
    qt().withExamples(500).forAll(Pledges.pledges())
        .checkAssert(pledge -> {
          for (Unit unit : pledge.units()) {
            assertThat(unit.isVettedBy(Testkit.DEFAULT_DATE)).isTrue();
            assertThat(unit.training().orElseThrow().isCompletedBy(Testkit.DEFAULT_DATE)).isTrue();
          }
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
