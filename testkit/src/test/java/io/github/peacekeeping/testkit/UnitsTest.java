package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitType;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void every_unit_passes_the_validator_under_the_default_context() {
    qt().withExamples(Valid.EXAMPLES).forAll(Units.units())
        .checkAssert(unit -> Valid.clean(
            unit, Valid.VALIDATOR.validate(unit, Testkit.DEFAULT_CONTEXT)));
  }

  @Test
  void every_deployed_formed_police_unit_passes_the_validator() {
    qt().withExamples(500)
        .forAll(Units.units().ofType(UnitType.FORMED_POLICE_UNIT)
            .withStatus(DeploymentStatus.DEPLOYED))
        .checkAssert(unit -> {
          Valid.clean(unit, Valid.VALIDATOR.validate(unit, Testkit.DEFAULT_CONTEXT));
          assertThat(unit.platoons()).anyMatch(p -> p.isAllWomen());
          assertThat(unit.personnel().total()).isBetween(120L, 160L);
        });
  }

  @Test
  void a_custom_unit_type_gets_a_valid_unit() {
    UnitType drones = UnitType.builder().code("UAS_UNIT").name("Unmanned aerial systems unit")
        .category(UnitCategory.MILITARY).formed(true).nominalStrength(60).build();
    qt().withExamples(300).forAll(Units.units().ofType(drones))
        .checkAssert(unit -> {
          Valid.clean(unit, Valid.VALIDATOR.validate(unit, Testkit.DEFAULT_CONTEXT));
          assertThat(unit.type()).isEqualTo(drones);
        });
  }

  @Test
  void regression_a_custom_type_of_nominal_strength_60_does_not_always_get_80_people() {
    // Issue 15: a formed police type of nominal strength 60 got the standard unit's floor of 80.
    UnitType smallFpu = UnitType.builder().code("FORMED_POLICE_UNIT").name("Small formed police")
        .category(UnitCategory.POLICE).formed(true).nominalStrength(60).build();
    UnitType drones = UnitType.builder().code("UAS_UNIT").name("Unmanned aerial systems unit")
        .category(UnitCategory.MILITARY).formed(true).nominalStrength(60).build();
    for (UnitType type : List.of(smallFpu, drones)) {
      List<Long> totals = Samples.of(new java.util.SplittableRandom(15))
          .sample(Units.units().ofType(type), 200).stream()
          .map(unit -> unit.personnel().total()).toList();
      assertThat(totals).as("%s", type).allMatch(total -> total >= 52 && total <= 68);
      assertThat(totals.stream().distinct().count()).as("%s", type).isGreaterThan(5);
    }
  }

  @Test
  void regression_a_unit_never_declares_the_same_caveat_twice() {
    qt().withExamples(1_000).forAll(Units.units())
        .checkAssert(unit -> assertThat(unit.caveats()).as("%s", Descriptions.of(unit)).doesNotHaveDuplicates());
    qt().withExamples(500).forAll(Units.units().violating("IPI21-CAVEATS-DECLARED"))
        .checkAssert(unit -> assertThat(unit.caveats().stream().map(c -> c.description()))
            .as("%s", Descriptions.of(unit)).doesNotHaveDuplicates());
  }

  @Test
  void narrowing_is_respected() {
    MemberState ghana = MemberState.fromName("Ghana");
    qt().withExamples(500)
        .forAll(Units.units().ofCategory(UnitCategory.POLICE)
            .withStatus(DeploymentStatus.READY_TO_DEPLOY).from(ghana))
        .checkAssert(unit -> {
          assertThat(unit.type().category()).isEqualTo(UnitCategory.POLICE);
          assertThat(unit.status()).isEqualTo(DeploymentStatus.READY_TO_DEPLOY);
          assertThat(unit.contributor()).isEqualTo(ghana);
        });
    qt().withExamples(200).forAll(Units.units().from(InternationalOrganisation.EU))
        .checkAssert(
            unit -> assertThat(unit.contributor()).isEqualTo(InternationalOrganisation.EU));
  }

  @Test
  void a_deployed_unit_serves_in_a_peacekeeping_operation_operating_on_the_default_date() {
    qt().withExamples(500).forAll(Units.units().withStatus(DeploymentStatus.DEPLOYED))
        .checkAssert(unit -> assertThat(unit.mission()).hasValueSatisfying(
            mission -> assertThat(mission.operatesOn(Testkit.DEFAULT_DATE)).isTrue()));
  }

  @Test
  void no_unit_is_trained_or_vetted_after_the_default_date() {
    qt().withExamples(Valid.EXAMPLES).forAll(Units.units())
        .checkAssert(unit -> {
          assertThat(Valid.datedFacts(unit)).as("%s", Descriptions.of(unit))
              .allMatch(day -> !day.isAfter(Testkit.DEFAULT_DATE));
          assertThat(unit.isVettedBy(Testkit.DEFAULT_DATE)).isTrue();
          assertThat(unit.training()).hasValueSatisfying(training -> {
            assertThat(training.completedOn()).isPresent();
            assertThat(training.isCompletedBy(Testkit.DEFAULT_DATE)).isTrue();
          });
        });
    List<Unit> units = Samples.of(new java.util.SplittableRandom(5)).sample(Units.units(), 200);
    assertThat(units).as("vetted on a recorded day").anyMatch(u -> u.vettedOn().isPresent());
    assertThat(units).as("vetted on no recorded day").anyMatch(u -> u.vettedOn().isEmpty());
  }

  @Test
  void narrowing_returns_a_new_generator_and_leaves_the_original_unchanged() {
    UnitGenerator all = Units.units();
    UnitGenerator police = all.ofCategory(UnitCategory.POLICE);
    assertThat(police).isNotSameAs(all);
    assertThat(Samples.of(new java.util.SplittableRandom(1)).sample(all, 300))
        .extracting(u -> u.type().category())
        .contains(UnitCategory.MILITARY, UnitCategory.POLICE);
  }

  @Test
  void rejects_a_category_none_of_its_types_has() {
    assertThatThrownBy(() -> Units.units().ofType(UnitType.INFANTRY_BATTALION)
            .ofCategory(UnitCategory.POLICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category: no unit type of this generator ([INFANTRY_BATTALION])");
  }

  @Test
  void a_unit_equals_its_copy_rebuilt_with_the_builder() {
    qt().withExamples(Valid.EXAMPLES).forAll(Units.units())
        .checkAssert(unit -> {
          Unit copy = Unit.builder().from(unit).build();
          assertThat(copy).isEqualTo(unit).isNotSameAs(unit);
          assertThat(copy.hashCode()).isEqualTo(unit.hashCode());
        });
  }

  @Test
  void a_unit_exposes_no_mutable_collection() {
    qt().withExamples(300).forAll(Units.units())
        .checkAssert(unit -> {
          Valid.unmodifiable(unit.roles());
          Valid.unmodifiable(unit.platoons());
          Valid.unmodifiable(unit.engagementTeams());
          Valid.unmodifiable(unit.caveats());
        });
  }

  @Test
  void a_failing_property_on_units_shrinks_to_the_boundary() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(500).withFixedSeed(7L)
            .forAll(Units.units().ofType(UnitType.INFANTRY_BATTALION))
            .describedAs(unit -> unit.personnel().total() + " people")
            .check(unit -> unit.personnel().total() < 700));
    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).contains("Smallest found falsifying value(s) :-\n700 people");
  }
}
