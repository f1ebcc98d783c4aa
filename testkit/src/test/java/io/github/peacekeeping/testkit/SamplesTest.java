package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class SamplesTest {

  @Test
  void the_same_seed_gives_the_same_values() {
    List<Pledge> first = Samples.of(new SplittableRandom(42)).sample(Pledges.pledges(), 50);
    List<Pledge> second = Samples.of(new SplittableRandom(42)).sample(Pledges.pledges(), 50);
    assertThat(first).hasSize(50).isEqualTo(second);
  }

  @Test
  void different_seeds_give_different_values() {
    List<Pledge> first = Samples.of(new SplittableRandom(1)).sample(Pledges.pledges(), 20);
    List<Pledge> second = Samples.of(new SplittableRandom(2)).sample(Pledges.pledges(), 20);
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void samples_are_valid_and_narrowed() {
    Samples samples = Samples.of(new SplittableRandom(2026));
    for (int i = 0; i < 200; i++) {
      Pledge pledge = samples.sample(Pledges.pledges().atReadiness(ReadinessLevel.LEVEL_2));
      assertThat(pledge.readiness().orElseThrow().levelOn(Testkit.DEFAULT_DATE))
          .contains(ReadinessLevel.LEVEL_2);
      Valid.clean(pledge, Valid.VALIDATOR.validate(pledge, Testkit.DEFAULT_CONTEXT));
    }
  }

  @Test
  void draws_cover_the_bounds_of_a_range() {
    List<Integer> values = Samples.of(new SplittableRandom(9))
        .sample(SourceDSL.integers().between(-2, 2), 500);
    assertThat(values).containsOnly(-2, -1, 0, 1, 2).contains(-2, 2);
    List<Integer> all = Samples.of(new SplittableRandom(9)).sample(SourceDSL.integers().all(), 50);
    assertThat(all).doesNotHaveDuplicates();
    assertThat(Samples.of(new SplittableRandom(9))
        .sample(SourceDSL.longs().between(Long.MAX_VALUE - 1, Long.MAX_VALUE), 100))
        .contains(Long.MAX_VALUE, Long.MAX_VALUE - 1);
  }

  @Test
  void a_sample_list_is_unmodifiable() {
    Valid.unmodifiable(Samples.of(new SplittableRandom(3)).sample(Units.units(), 3));
  }

  @Test
  void a_generator_that_rejects_everything_is_reported() {
    Samples samples = Samples.of(new SplittableRandom(3));
    assertThatThrownBy(() -> samples.sample(
            SourceDSL.integers().between(0, 10).assuming(i -> i > 10)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("generator: rejected more than 10000 draws in a row");
  }

  @Test
  void rejects_a_negative_count() {
    assertThatThrownBy(() -> Samples.of(new SplittableRandom(3)).sample(Units.units(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n: must not be negative, was -1");
  }
}
