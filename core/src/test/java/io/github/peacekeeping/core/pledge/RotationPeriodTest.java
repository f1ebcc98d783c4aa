package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.MemberState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RotationPeriodTest {

  private static final MemberState GBR = MemberState.of("GBR");
  private static final MemberState KOR = MemberState.of("KOR");

  private static RotationPeriod period(MemberState who, String from, String to) {
    return RotationPeriod.of(who, LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void of_keeps_contributor_and_days() {
    RotationPeriod period = period(GBR, "2019-01-01", "2019-06-30");

    assertThat(period.contributor()).isEqualTo(GBR);
    assertThat(period.from()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(period.to()).isEqualTo(LocalDate.of(2019, 6, 30));
  }

  @Test
  void period_of_one_day_is_allowed() {
    assertThat(period(GBR, "2019-01-01", "2019-01-01").from()).isEqualTo(LocalDate.of(2019, 1, 1));
  }

  @Test
  void rejects_period_ending_before_it_starts() {
    assertThatThrownBy(() -> period(GBR, "2019-06-30", "2019-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to: must not be before from 2019-06-30, was 2019-01-01");
  }

  @Test
  void rejects_null_from() {
    assertThatThrownBy(() -> RotationPeriod.of(GBR, null, LocalDate.of(2019, 1, 1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("from");
  }

  @Test
  void periods_sharing_a_day_overlap() {
    RotationPeriod first = period(GBR, "2019-01-01", "2019-06-30");
    RotationPeriod second = period(KOR, "2019-06-30", "2019-12-31");

    assertThat(first.overlaps(second)).isTrue();
    assertThat(second.overlaps(first)).isTrue();
  }

  @Test
  void consecutive_periods_do_not_overlap() {
    RotationPeriod first = period(GBR, "2019-01-01", "2019-06-30");
    RotationPeriod second = period(KOR, "2019-07-01", "2019-12-31");

    assertThat(first.overlaps(second)).isFalse();
    assertThat(second.overlaps(first)).isFalse();
  }

  @Test
  void period_inside_another_overlaps_it() {
    assertThat(
            period(GBR, "2019-01-01", "2019-12-31")
                .overlaps(period(KOR, "2019-03-01", "2019-03-31")))
        .isTrue();
  }

  @Test
  void to_string_shows_code_and_interval() {
    assertThat(period(KOR, "2019-01-01", "2019-06-30")).hasToString("KOR 2019-01-01/2019-06-30");
  }

  @Test
  void equal_when_contributor_and_days_are() {
    assertThat(period(GBR, "2019-01-01", "2019-06-30"))
        .isEqualTo(period(GBR, "2019-01-01", "2019-06-30"))
        .hasSameHashCodeAs(period(GBR, "2019-01-01", "2019-06-30"))
        .isNotEqualTo(period(KOR, "2019-01-01", "2019-06-30"));
  }
}
