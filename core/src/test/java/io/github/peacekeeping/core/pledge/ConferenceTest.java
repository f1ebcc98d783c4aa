package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class ConferenceTest {

  @Test
  void constants_are_in_date_order() {
    assertThat(Arrays.asList(Conference.values()))
        .isSortedAccordingTo(Comparator.comparing(Conference::date))
        .extracting(Conference::date)
        .doesNotHaveDuplicates();
  }

  @Test
  void leaders_summit_was_held_in_new_york_on_28_september_2015() {
    assertThat(Conference.NEW_YORK_2015.date()).isEqualTo(LocalDate.of(2015, 9, 28));
    assertThat(Conference.NEW_YORK_2015.city()).isEqualTo("New York");
    assertThat(Conference.NEW_YORK_2015.title()).isEqualTo("Leaders' Summit on Peacekeeping");
  }

  @Test
  void london_ministerial_was_held_on_8_september_2016() {
    assertThat(Conference.LONDON_2016.date()).isEqualTo(LocalDate.of(2016, 9, 8));
    assertThat(Conference.LONDON_2016.lastDate()).isEqualTo(Conference.LONDON_2016.date());
    assertThat(Conference.LONDON_2016.city()).isEqualTo("London");
    assertThat(Conference.LONDON_2016.title()).isEqualTo("UN Peacekeeping Defence Ministerial");
  }

  @Test
  void seoul_ministerial_was_held_on_7_and_8_december_2021_as_the_seed_states() {
    assertThat(Conference.SEOUL_2021.date()).isEqualTo(LocalDate.of(2021, 12, 7));
    assertThat(Conference.SEOUL_2021.lastDate()).isEqualTo(LocalDate.of(2021, 12, 8));
    assertThat(Conference.SEOUL_2021.city()).isEqualTo("Seoul");
  }

  @Test
  void first_days_of_the_other_conferences() {
    assertThat(Conference.VANCOUVER_2017.date()).isEqualTo(LocalDate.of(2017, 11, 14));
    assertThat(Conference.NEW_YORK_2019.date()).isEqualTo(LocalDate.of(2019, 3, 29));
    assertThat(Conference.ACCRA_2023.date()).isEqualTo(LocalDate.of(2023, 12, 5));
    assertThat(Conference.BERLIN_2025.date()).isEqualTo(LocalDate.of(2025, 5, 13));
  }

  @Test
  void last_day_is_never_before_the_first() {
    assertThat(Conference.values()).allMatch(c -> !c.lastDate().isBefore(c.date()));
    assertThat(Conference.BERLIN_2025.lastDate()).isEqualTo(LocalDate.of(2025, 5, 14));
  }

  @Test
  void conference_is_on_or_after_itself_and_earlier_ones_only() {
    assertThat(Conference.SEOUL_2021.isOnOrAfter(Conference.SEOUL_2021)).isTrue();
    assertThat(Conference.ACCRA_2023.isOnOrAfter(Conference.SEOUL_2021)).isTrue();
    assertThat(Conference.LONDON_2016.isOnOrAfter(Conference.SEOUL_2021)).isFalse();
  }

  @Test
  void is_on_or_after_rejects_null() {
    assertThatThrownBy(() -> Conference.LONDON_2016.isOnOrAfter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("other");
  }
}
