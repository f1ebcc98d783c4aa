package io.github.peacekeeping.serialization.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemCodeTest {

  @Test
  void csv_syntax_codes_are_an_empty_input_and_a_row_that_is_not_valid_csv() {
    assertThat(ProblemCode.values())
        .filteredOn(code -> code.format() == ProblemCode.Format.CSV)
        .filteredOn(ProblemCode::isSyntax)
        .containsExactlyInAnyOrder(ProblemCode.MISSING_HEADER, ProblemCode.MALFORMED_ROW);
  }

  @Test
  void codes_of_both_formats_are_the_unknown_contributor_and_mission() {
    assertThat(ProblemCode.values())
        .filteredOn(code -> code.format() == ProblemCode.Format.BOTH)
        .containsExactlyInAnyOrder(ProblemCode.UNKNOWN_CONTRIBUTOR, ProblemCode.UNKNOWN_MISSION);
  }
}
