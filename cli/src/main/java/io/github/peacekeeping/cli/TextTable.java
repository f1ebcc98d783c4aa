package io.github.peacekeeping.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A table printed with aligned columns; the last column is not padded, so it can run long. */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  /**
   * Starts a table with its header row.
   *
   * @param headers the column headers
   */
  TextTable(String... headers) {
    this.columns = headers.length;
    rows.add(headers.clone());
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column; null prints as empty
   * @return this table
   */
  TextTable row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "cells: expected " + columns + " cells, was " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toArray(String[]::new));
    return this;
  }

  /**
   * Prints the table, each line indented.
   *
   * @param out where to print
   * @param indent the indentation of every line
   */
  void print(PrintWriter out, String indent) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
