package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.Unit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * Shrinking within {@link Testkit#SHRINK_CYCLES}: the "Done when" of issue 15. Each test falsifies
 * a property with a fixed seed and asserts the smallest value QuickTheories reports.
 */
class ShrinkingTest {

  /** Keeps the smallest falsifying value instead of throwing. */
  static final class Smallest implements Reporter {
    private final AtomicReference<Object> value = new AtomicReference<>();

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
        List<Object> examples, AsString<Object> toString) {
      value.set(smallest);
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest,
        List<Object> examples, AsString<Object> toString) {
      value.set(smallest);
    }

    @Override
    public void valuesExhausted(int examplesUsed) {}

    @SuppressWarnings("unchecked")
    <T> T get() {
      assertThat(value.get()).as("the property was falsified").isNotNull();
      return (T) value.get();
    }
  }

  @Test
  void no_unit_over_100_personnel_shrinks_to_a_unit_of_101_without_optional_attributes() {
    for (long seed = 1; seed <= 5; seed++) {
      Smallest smallest = new Smallest();
      Testkit.qt().withFixedSeed(seed).withReporter(smallest)
          .forAll(Units.units())
          .check(unit -> unit.personnel().total() <= 100);
      Unit unit = smallest.get();
      assertThat(unit.personnel().total()).as("seed %s: %s", seed, unit).isEqualTo(101);
      // The fewest women a valid unit of the type has: its gender adviser.
      assertThat(unit.personnel().women()).as("seed %s: %s", seed, unit).isEqualTo(1);
      assertThat(unit.caveats()).isEmpty();
      assertThat(unit.engagementTeams()).isEmpty();
      assertThat(unit.rapidDeploymentDays()).isEmpty();
      assertThat(unit.mission()).isEmpty();
      assertThat(unit.vettedOn()).isEmpty();
    }
  }

  @Test
  void a_registry_of_60_to_90_pledges_shrinks_within_seconds_to_60_pledges() {
    long start = System.nanoTime();
    Smallest smallest = new Smallest();
    Testkit.qt().withFixedSeed(1).withReporter(smallest)
        .forAll(lists().of(Pledges.pledges()).ofSizeBetween(60, 90))
        .check(registry -> registry.stream().mapToLong(p -> p.personnel().total()).sum() <= 100);
    List<Pledge> registry = smallest.get();
    assertThat(registry).hasSize(60);

    Smallest oneTooLarge = new Smallest();
    Testkit.qt().withFixedSeed(1).withReporter(oneTooLarge)
        .forAll(lists().of(Pledges.pledges()).ofSizeBetween(60, 90))
        .check(pledges -> pledges.stream().allMatch(p -> p.personnel().total() <= 1_000));
    List<Pledge> pledges = oneTooLarge.get();
    assertThat(pledges).hasSize(60);
    assertThat(pledges).filteredOn(p -> p.personnel().total() > 1_000).hasSize(1);
    // Two falsified properties, each shrunk within the budget: seconds, not minutes (about four
    // seconds each on one core; QuickTheories' default of 100,000 cycles ran for minutes).
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
  }
}
