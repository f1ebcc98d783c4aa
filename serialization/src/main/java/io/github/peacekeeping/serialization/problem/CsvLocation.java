package io.github.peacekeeping.serialization.problem;

import java.util.Objects;
import java.util.Optional;

/**
 * A place in a CSV file: the row (1 is the header row, 0 the file as a whole) and, when the problem
 * is in one field, the column by its header name and its position.
 *
 * <p>A row is numbered by the line of the input where it starts: line 1 holds the header unless
 * blank lines precede it, and a row whose quoted field spans lines is numbered by its first line.
 *
 * @param row the row from 1 (the header), or 0 for the whole file
 * @param column the header name of the column, empty for the whole row; not null
 * @param columnNumber the column's position from 1, or 0 for the whole row
 */
public record CsvLocation(long row, Optional<String> column, int columnNumber)
    implements Location {

  /**
   * Checks the components.
   *
   * @param row the row
   * @param column the column name
   * @param columnNumber the column position
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if the row or column number is negative, or only one of the
   *     column's name and number is given
   */
  public CsvLocation {
    Objects.requireNonNull(column, "column");
    if (row < 0 || columnNumber < 0 || column.isPresent() != (columnNumber > 0)) {
      throw new IllegalArgumentException(
          "row, column: row and column number must not be negative, and a column needs both its"
              + " name and its number; were " + row + ", " + column + ", " + columnNumber);
    }
  }

  /**
   * Returns the location of the file as a whole.
   *
   * @return the location, with row and column number 0; never null
   */
  public static CsvLocation ofFile() {
    return new CsvLocation(0, Optional.empty(), 0);
  }

  /**
   * Returns the location of a whole row.
   *
   * @param row the row from 1
   * @return the location, with column number 0; never null
   * @throws IllegalArgumentException if {@code row} is less than 1
   */
  public static CsvLocation ofRow(long row) {
    requirePositiveRow(row);
    return new CsvLocation(row, Optional.empty(), 0);
  }

  /**
   * Returns the location of one cell.
   *
   * @param row the row from 1
   * @param column the header name of the column, not null
   * @param columnNumber the column's position from 1
   * @return the location, never null
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code row} or {@code columnNumber} is less than 1
   */
  public static CsvLocation ofCell(long row, String column, int columnNumber) {
    requirePositiveRow(row);
    return new CsvLocation(
        row, Optional.of(Objects.requireNonNull(column, "column")), columnNumber);
  }

  /**
   * Returns this location moved to another row, with the same column.
   *
   * @param newRow the row from 1
   * @return the location, never null
   * @throws IllegalArgumentException if {@code newRow} is less than 1
   */
  public CsvLocation withRow(long newRow) {
    requirePositiveRow(newRow);
    return new CsvLocation(newRow, column, columnNumber);
  }

  private static void requirePositiveRow(long row) {
    if (row < 1) {
      throw new IllegalArgumentException("row: must be 1 or more, was " + row);
    }
  }

  /**
   * Returns {@code "row 12, column Female Personnel (8)"}, {@code "row 12"} or {@code "file"}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String where = row == 0 ? "file" : "row " + row;
    return column.map(c -> where + ", column " + c + " (" + columnNumber + ")").orElse(where);
  }
}
