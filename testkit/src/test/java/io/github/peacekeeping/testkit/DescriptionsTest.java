package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.Unit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DescriptionsTest {

  private final Samples samples = Samples.of(new SplittableRandom(15));

  @Test
  void a_unit_is_described_in_one_short_line_with_its_id_type_and_headcount() {
    for (Unit unit : samples.sample(Units.units(), 200)) {
      String description = Descriptions.of(unit);
      assertThat(description).doesNotContain("\n")
          .startsWith("unit " + unit.id() + ": " + unit.type().code() + " of "
              + unit.contributor() + ", " + unit.status())
          .contains(unit.personnel().total() + " (" + unit.personnel().women() + " women)");
      assertThat(description.length()).as(description).isLessThan(260);
    }
  }

  @Test
  void a_pledge_is_described_with_its_history_then_a_line_per_unit() {
    for (Pledge pledge : samples.sample(Pledges.pledges(), 200)) {
      String description = Descriptions.of(pledge);
      List<String> lines = description.lines().toList();
      assertThat(lines).hasSize(1 + pledge.units().size());
      assertThat(lines.get(0)).startsWith("pledge " + pledge.id() + ": ");
      assertThat(lines.get(0).length()).as(description).isLessThan(520);
      assertThat(description.length()).isLessThan(pledge.toString().length());
    }
  }

  @Test
  void a_broken_rule_shows_in_the_description() {
    assertThat(Descriptions.of(samples.sample(Units.units().violating("LDN16-VETTING"))))
        .containsAnyOf("not vetted", "vetted 2026-1", "vetted 2027");
    assertThat(Descriptions.of(samples.sample(Units.units().violating("LDN16-NIGHT-FLYING"))))
        .contains("no night flying");
    assertThat(Descriptions.of(samples.sample(Units.units().violating("IPI21-CAVEATS-DECLARED"))))
        .contains("undeclared");
  }

  @Test
  void a_mission_profile_is_described_with_a_line_per_mandate() {
    for (MissionProfile profile : samples.sample(Missions.missionProfiles(), 50)) {
      String description = Descriptions.of(profile);
      assertThat(description).startsWith("mission profile " + profile.mission() + " on ");
      assertThat(description.lines()).hasSize(1 + profile.mandates().size());
    }
  }

  @Test
  void collections_and_other_values_are_described_element_by_element() {
    List<Unit> units = samples.sample(Units.units(), 2);
    assertThat(Descriptions.of((Object) units)).isEqualTo("2 element(s)\n[0] "
        + Descriptions.of(units.get(0)) + "\n[1] " + Descriptions.of(units.get(1)));
    assertThat(Descriptions.of((Object) null)).isEqualTo("null");
    assertThat(Descriptions.of((Object) 42)).isEqualTo("42");
  }

  @Test
  void a_failing_property_prints_the_description_not_the_to_string() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        Testkit.qt().withFixedSeed(1).forAll(Units.units())
            .check(unit -> unit.personnel().total() <= 100));
    assertThat(failure.getMessage())
        .contains("Smallest found falsifying value(s) :-\nunit ")
        .contains(": MILITARY_POLICE_UNIT of ")
        .contains("101 (1 women)")
        .doesNotContain("Unit{");

    AssertionError registry = catchThrowableOfType(AssertionError.class, () ->
        Testkit.qt().withFixedSeed(1).withShrinkCycles(100)
            .forAll(lists().of(Pledges.pledges()).ofSizeBetween(2, 3))
            .describedAs(Descriptions::of)
            .check(pledges -> pledges.size() < 2));
    assertThat(registry.getMessage())
        .contains("Smallest found falsifying value(s) :-\n2 element(s)\n[0] pledge ")
        .doesNotContain("Pledge{");

    // QuickTheories 0.26's lists print their elements' toString (as the README says): hence
    // describedAs(Descriptions::of) above.
    AssertionError list = catchThrowableOfType(AssertionError.class, () ->
        Testkit.qt().withFixedSeed(1).withShrinkCycles(100)
            .forAll(lists().of(Pledges.pledges()).ofSizeBetween(2, 3))
            .check(pledges -> pledges.size() < 2));
    assertThat(list.getMessage()).contains("[Pledge{");
  }
}
