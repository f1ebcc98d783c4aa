package io.github.peacekeeping.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnLayoutTest {

  @Test
  void long_layout_requires_the_columns_of_the_un_open_data() {
    assertThat(UnLayout.LONG.requiredColumns()).containsExactly(
        "Contributing_Country", "ISOCode3", "Mission_Acronym", "Personnel_Type",
        "Female_Personnel", "Male_Personnel", "Last_Reporting_Date");
  }

  @Test
  void wide_layout_requires_male_female_and_total_for_four_categories_and_the_total() {
    assertThat(UnLayout.WIDE.requiredColumns())
        .hasSize(4 + 5 * 3)
        .startsWith("Date", "Contributor", "Contributor ISO-3", "Mission")
        .contains("Experts on Mission Female", "Total Total");
  }
}
