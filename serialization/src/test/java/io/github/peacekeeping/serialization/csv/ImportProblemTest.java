package io.github.peacekeeping.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.serialization.problem.CsvLocation;
import io.github.peacekeeping.serialization.problem.DataProblem;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.Severity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

  private static final CsvLocation MISSION = CsvLocation.ofCell(12, "Mission", 5);

  @Test
  void holds_code_location_and_message() {
    ImportProblem problem =
        ImportProblem.of(ProblemCode.UNKNOWN_MISSION, MISSION, "'UNXYZ' is not catalogued");

    assertThat(problem.code()).isEqualTo(ProblemCode.UNKNOWN_MISSION);
    assertThat(problem.location()).isEqualTo(MISSION);
    assertThat(problem.message()).isEqualTo("'UNXYZ' is not catalogued");
  }

  @Test
  void is_a_data_problem_like_the_json_ones() {
    DataProblem problem = ImportProblem.of(ProblemCode.BAD_DATE, MISSION, "x");

    assertThat(problem.location()).isInstanceOf(CsvLocation.class);
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void row_and_column_are_those_of_the_location() {
    ImportProblem cell = ImportProblem.of(ProblemCode.UNKNOWN_MISSION, MISSION, "x");
    ImportProblem row = ImportProblem.of(ProblemCode.MALFORMED_ROW, CsvLocation.ofRow(3), "x");
    ImportProblem file = ImportProblem.of(ProblemCode.MISSING_HEADER, CsvLocation.ofFile(), "x");

    assertThat(cell.row()).isEqualTo(12);
    assertThat(cell.column()).contains("Mission");
    assertThat(row.row()).isEqualTo(3);
    assertThat(row.column()).isEmpty();
    assertThat(file.row()).isZero();
    assertThat(file.column()).isEmpty();
  }

  @Test
  void severity_is_that_of_the_code() {
    assertThat(ImportProblem.of(ProblemCode.UNRESOLVED_NAME, MISSION, "x").severity())
        .isEqualTo(Severity.WARNING);
    assertThat(ImportProblem.of(ProblemCode.NAME_MISMATCH, MISSION, "x").severity())
        .isEqualTo(Severity.ERROR);
    assertThat(ImportProblem.of(ProblemCode.NO_DATA_ROWS, CsvLocation.ofFile(), "x").isError())
        .isFalse();
    assertThat(ImportProblem.of(ProblemCode.MALFORMED_ROW, CsvLocation.ofRow(2), "x").isError())
        .isTrue();
  }

  @Test
  void only_unresolved_names_and_missing_data_rows_are_csv_warnings() {
    assertThat(ProblemCode.values())
        .filteredOn(code -> code.format() != ProblemCode.Format.JSON)
        .filteredOn(code -> code.severity() != Severity.ERROR)
        .containsExactlyInAnyOrder(ProblemCode.UNRESOLVED_NAME, ProblemCode.NO_DATA_ROWS);
  }

  @Test
  void accepts_every_csv_code_and_every_code_of_both_formats() {
    Arrays.stream(ProblemCode.values())
        .filter(code -> code.format() != ProblemCode.Format.JSON)
        .forEach(code -> assertThat(ImportProblem.of(code, MISSION, "x").code()).isEqualTo(code));
  }

  @Test
  void refuses_every_json_only_code() {
    Arrays.stream(ProblemCode.values())
        .filter(code -> code.format() == ProblemCode.Format.JSON)
        .forEach(code -> assertThatThrownBy(() -> ImportProblem.of(code, MISSION, "x"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("code: " + code + " is a JSON code"));
  }

  @Test
  void rejects_a_blank_message() {
    assertThatThrownBy(() -> ImportProblem.of(ProblemCode.BAD_DATE, MISSION, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message: must not be blank, was ' '");
  }

  @Test
  void rejects_null_code_location_and_message() {
    assertThatThrownBy(() -> ImportProblem.of(null, MISSION, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
    assertThatThrownBy(() -> ImportProblem.of(ProblemCode.BAD_DATE, null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("location");
    assertThatThrownBy(() -> ImportProblem.of(ProblemCode.BAD_DATE, MISSION, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("message");
  }

  @Test
  void to_string_names_code_location_and_message() {
    assertThat(ImportProblem.of(ProblemCode.UNKNOWN_MISSION, MISSION, "'UNXYZ'").toString())
        .isEqualTo("UNKNOWN_MISSION at row 12, column Mission (5): 'UNXYZ'");
    assertThat(ImportProblem.of(ProblemCode.MALFORMED_ROW, CsvLocation.ofRow(3), "bad"))
        .hasToString("MALFORMED_ROW at row 3: bad");
    assertThat(ImportProblem.of(ProblemCode.MISSING_HEADER, CsvLocation.ofFile(), "empty"))
        .hasToString("MISSING_HEADER at file: empty");
  }

  @Test
  void equal_when_all_attributes_are_equal() {
    CsvLocation date = CsvLocation.ofCell(5, "Date", 2);
    ImportProblem problem = ImportProblem.of(ProblemCode.BAD_DATE, date, "'x'");

    assertThat(problem)
        .isEqualTo(ImportProblem.of(ProblemCode.BAD_DATE, date, "'x'"))
        .hasSameHashCodeAs(ImportProblem.of(ProblemCode.BAD_DATE, date, "'x'"))
        .isNotEqualTo(ImportProblem.of(ProblemCode.BAD_DATE, date.withRow(6), "'x'"))
        .isNotEqualTo(ImportProblem.of(ProblemCode.BAD_DATE, CsvLocation.ofRow(5), "'x'"))
        .isNotEqualTo(ImportProblem.of(ProblemCode.BAD_NUMBER, date, "'x'"));
  }
}
