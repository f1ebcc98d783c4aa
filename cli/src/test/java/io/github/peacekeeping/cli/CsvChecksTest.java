package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.serialization.csv.ImportProblem;
import io.github.peacekeeping.serialization.problem.CsvLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.Severity;
import org.junit.jupiter.api.Test;

class CsvChecksTest {

  @Test
  void view_of_a_cell_problem_has_its_code_the_structure_kind_and_its_cell() {
    ProblemView view = CsvChecks.view(ImportProblem.of(ProblemCode.BAD_NUMBER,
        CsvLocation.ofCell(2, "Formed Police Units Female", 10), "'forty' is not a count"));

    assertThat(view).isEqualTo(new ProblemView("BAD_NUMBER", "STRUCTURE", Severity.ERROR,
        "row 2, column Formed Police Units Female (10)", 0, 0, "'forty' is not a count"));
  }

  @Test
  void view_of_a_row_that_is_not_valid_csv_is_of_the_syntax_kind() {
    ProblemView view = CsvChecks.view(
        ImportProblem.of(ProblemCode.MALFORMED_ROW, CsvLocation.ofRow(7), "not valid CSV"));

    assertThat(view.code()).isEqualTo("MALFORMED_ROW");
    assertThat(view.kind()).isEqualTo("SYNTAX");
    assertThat(view.location()).isEqualTo("row 7");
  }

  @Test
  void view_of_a_warning_about_the_whole_file_keeps_the_warning() {
    ProblemView view = CsvChecks.view(
        ImportProblem.of(ProblemCode.NO_DATA_ROWS, CsvLocation.ofFile(), "no data row"));

    assertThat(view.severity()).isEqualTo(Severity.WARNING);
    assertThat(view.kind()).isEqualTo("STRUCTURE");
    assertThat(view.location()).isEqualTo("file");
  }
}
