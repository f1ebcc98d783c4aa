package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import org.junit.jupiter.api.Test;

class PersonnelTest {

  @Test
  void counts_lie_within_the_default_bounds_and_rebuild_equal() {
    qt().withExamples(Valid.EXAMPLES).forAll(Personnel.counts())
        .checkAssert(count -> {
          assertThat(count.total()).isBetween(0L, Personnel.DEFAULT_MAXIMUM_TOTAL);
          PersonnelCount copy = PersonnelCount.of(count.women(), count.men());
          assertThat(copy).isEqualTo(count).hasSameHashCodeAs(count);
        });
  }

  @Test
  void counts_with_bounds_respect_them() {
    qt().withExamples(Valid.EXAMPLES).forAll(Personnel.counts(120, 160))
        .checkAssert(count -> assertThat(count.total()).isBetween(120L, 160L));
  }

  @Test
  void counts_reject_reversed_or_negative_bounds() {
    assertThatThrownBy(() -> Personnel.counts(-1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumTotal: must not be negative, was -1");
    assertThatThrownBy(() -> Personnel.counts(5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maximumTotal: must not be less than minimumTotal 5, was 3");
  }

  @Test
  void shares_lie_from_zero_to_one_and_read_back_from_their_text() {
    qt().withExamples(Valid.EXAMPLES).forAll(Personnel.shares())
        .checkAssert(share -> {
          assertThat(share).isBetween(Share.ZERO, Share.ONE);
          assertThat(Share.parse(share.toString())).isEqualTo(share).hasSameHashCodeAs(share);
        });
  }

  @Test
  void categories_cover_every_category() {
    assertThat(Samples.of(new java.util.SplittableRandom(5)).sample(Personnel.categories(), 300))
        .containsAll(java.util.EnumSet.allOf(
            io.github.peacekeeping.core.personnel.PersonnelCategory.class));
  }
}
