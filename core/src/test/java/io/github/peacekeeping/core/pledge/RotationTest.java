package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.MemberState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationTest {

  // IPI21 cites the C-130 in the mission in Mali as a rotation among a group of countries but does
  // not name them. The states and dates below are ILLUSTRATIVE only: they are not the states that
  // rotated that aircraft, nor its schedule.
  private static final MemberState GBR = MemberState.of("GBR");
  private static final MemberState KOR = MemberState.of("KOR");
  private static final MemberState USA = MemberState.of("USA");

  private static RotationPeriod period(MemberState who, int year, int fromMonth, int toMonth) {
    LocalDate from = LocalDate.of(year, fromMonth, 1);
    LocalDate to = LocalDate.of(year, toMonth, 1).plusMonths(1).minusDays(1);
    return RotationPeriod.of(who, from, to);
  }

  @Test
  void contributors_are_those_of_the_periods_each_once_in_order_of_first_turn() {
    Rotation rotation =
        Rotation.of(
            List.of(
                period(KOR, 2018, 1, 6),
                period(GBR, 2018, 7, 12),
                period(KOR, 2019, 1, 6),
                period(USA, 2019, 7, 12)));

    assertThat(rotation.contributors()).containsExactly(KOR, GBR, USA);
    assertThat(rotation.periods()).hasSize(4);
    assertThat(rotation.kind()).isEqualTo(ArrangementKind.ROTATION);
  }

  @Test
  void overlapping_periods_are_constructible_because_overlap_is_policy() {
    Rotation rotation = Rotation.of(List.of(period(KOR, 2018, 1, 6), period(GBR, 2018, 6, 12)));

    assertThat(rotation.periods().get(0).overlaps(rotation.periods().get(1))).isTrue();
  }

  @Test
  void rotation_of_one_contributor_is_constructible() {
    assertThat(Rotation.of(List.of(period(KOR, 2018, 1, 6))).contributors()).containsExactly(KOR);
  }

  @Test
  void periods_cannot_be_modified() {
    Rotation rotation = Rotation.of(List.of(period(KOR, 2018, 1, 6)));

    assertThatThrownBy(() -> rotation.periods().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rotation.contributors().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_null_periods() {
    assertThatThrownBy(() -> Rotation.of(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equal_when_the_periods_are() {
    assertThat(Rotation.of(List.of(period(KOR, 2018, 1, 6))))
        .isEqualTo(Rotation.of(List.of(period(KOR, 2018, 1, 6))))
        .isNotEqualTo(Rotation.of(List.of(period(GBR, 2018, 1, 6))));
  }
}
