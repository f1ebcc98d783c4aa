package io.github.peacekeeping.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.serialization.csv.ImportProblem.Kind;
import io.github.peacekeeping.serialization.csv.ImportProblem.Severity;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

  @Test
  void holds_row_column_kind_and_message() {
    ImportProblem problem =
        ImportProblem.of(12, "Mission", Kind.UNKNOWN_MISSION, "'UNXYZ' is not catalogued");

    assertThat(problem.row()).isEqualTo(12);
    assertThat(problem.column()).contains("Mission");
    assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_MISSION);
    assertThat(problem.message()).isEqualTo("'UNXYZ' is not catalogued");
  }

  @Test
  void column_is_empty_when_the_whole_row_is_at_fault() {
    assertThat(ImportProblem.of(3, null, Kind.MALFORMED_ROW, "x").column()).isEmpty();
  }

  @Test
  void severity_is_that_of_the_kind() {
    assertThat(ImportProblem.of(2, "Contributor", Kind.UNRESOLVED_NAME, "x").severity())
        .isEqualTo(Severity.WARNING);
    assertThat(ImportProblem.of(2, "Contributor", Kind.NAME_MISMATCH, "x").severity())
        .isEqualTo(Severity.ERROR);
    assertThat(ImportProblem.of(1, null, Kind.NO_DATA_ROWS, "x").isError()).isFalse();
    assertThat(ImportProblem.of(2, null, Kind.MALFORMED_ROW, "x").isError()).isTrue();
  }

  @Test
  void only_unresolved_names_and_missing_data_rows_are_warnings() {
    assertThat(Kind.values())
        .filteredOn(kind -> kind.severity() == Severity.WARNING)
        .containsExactlyInAnyOrder(Kind.UNRESOLVED_NAME, Kind.NO_DATA_ROWS);
  }

  @Test
  void rejects_row_zero() {
    assertThatThrownBy(() -> ImportProblem.of(0, null, Kind.MALFORMED_ROW, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row: must be 1 or more, was 0");
  }

  @Test
  void rejects_null_kind_and_message() {
    assertThatThrownBy(() -> ImportProblem.of(1, null, null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> ImportProblem.of(1, null, Kind.MALFORMED_ROW, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("message");
  }

  @Test
  void to_string_names_row_column_severity_and_kind() {
    assertThat(ImportProblem.of(12, "Mission", Kind.UNKNOWN_MISSION, "'UNXYZ'").toString())
        .isEqualTo("row 12, column Mission: ERROR UNKNOWN_MISSION: 'UNXYZ'");
    assertThat(ImportProblem.of(1, null, Kind.MISSING_HEADER, "empty").toString())
        .isEqualTo("row 1: ERROR MISSING_HEADER: empty");
  }

  @Test
  void equal_when_all_attributes_are_equal() {
    ImportProblem problem = ImportProblem.of(5, "Date", Kind.BAD_DATE, "'x'");

    assertThat(problem)
        .isEqualTo(ImportProblem.of(5, "Date", Kind.BAD_DATE, "'x'"))
        .hasSameHashCodeAs(ImportProblem.of(5, "Date", Kind.BAD_DATE, "'x'"))
        .isNotEqualTo(ImportProblem.of(6, "Date", Kind.BAD_DATE, "'x'"))
        .isNotEqualTo(ImportProblem.of(5, null, Kind.BAD_DATE, "'x'"));
  }
}
