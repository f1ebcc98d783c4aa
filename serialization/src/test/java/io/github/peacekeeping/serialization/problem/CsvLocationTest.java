package io.github.peacekeeping.serialization.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvLocationTest {

  @Test
  void cell_has_row_column_name_and_number() {
    CsvLocation cell = CsvLocation.ofCell(12, "Female Personnel", 8);

    assertThat(cell.row()).isEqualTo(12);
    assertThat(cell.column()).contains("Female Personnel");
    assertThat(cell.columnNumber()).isEqualTo(8);
    assertThat(cell).hasToString("row 12, column Female Personnel (8)");
  }

  @Test
  void row_and_file_have_no_column() {
    assertThat(CsvLocation.ofRow(3)).isEqualTo(new CsvLocation(3, Optional.empty(), 0))
        .hasToString("row 3");
    assertThat(CsvLocation.ofFile()).isEqualTo(new CsvLocation(0, Optional.empty(), 0))
        .hasToString("file");
  }

  @Test
  void with_row_keeps_the_column() {
    assertThat(CsvLocation.ofCell(2, "Date", 2).withRow(9))
        .isEqualTo(CsvLocation.ofCell(9, "Date", 2));
    assertThat(CsvLocation.ofRow(2).withRow(9)).isEqualTo(CsvLocation.ofRow(9));
  }

  @Test
  void row_and_cell_factories_refuse_row_zero_which_is_the_file() {
    assertThatThrownBy(() -> CsvLocation.ofRow(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row: must be 1 or more, was 0");
    assertThatThrownBy(() -> CsvLocation.ofCell(0, "Date", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row: must be 1 or more, was 0");
    assertThatThrownBy(() -> CsvLocation.ofRow(4).withRow(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejects_a_column_without_its_number_and_a_number_without_its_column() {
    assertThatThrownBy(() -> CsvLocation.ofCell(2, "Date", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CsvLocation(2, Optional.empty(), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CsvLocation(-1, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejects_a_null_column() {
    assertThatThrownBy(() -> CsvLocation.ofCell(2, null, 2))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("column");
    assertThatThrownBy(() -> new CsvLocation(2, null, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("column");
  }
}
