package io.github.peacekeeping.serialization.problem;

import java.util.Objects;

/**
 * A place in a JSON document: an RFC 6901 JSON Pointer ({@code ""} for the whole document) and,
 * when the problem was found while reading text, the line and column of the value's first
 * character (both from 1).
 *
 * @param pointer the JSON Pointer, {@code ""} or starting with {@code '/'}; not null
 * @param line the line from 1, or 0 when not known (a value checked before it was written)
 * @param column the column from 1 (in characters), or 0 when not known
 */
public record JsonLocation(String pointer, long line, long column) implements Location {

  /**
   * Checks the components.
   *
   * @param pointer the pointer
   * @param line the line
   * @param column the column
   * @throws NullPointerException if {@code pointer} is null
   * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code '/'},
   *     or the line or column is negative, or only one of them is known
   */
  public JsonLocation {
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "pointer: must be empty or start with '/', was '" + pointer + "'");
    }
    if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
      throw new IllegalArgumentException(
          "line, column: must both be positive or both 0 (unknown), were " + line + ", " + column);
    }
  }

  /**
   * Returns a location known only by its pointer.
   *
   * @param pointer the JSON Pointer, not null
   * @return the location, with line and column 0; never null
   * @throws NullPointerException if {@code pointer} is null
   * @throws IllegalArgumentException if the pointer is malformed
   */
  public static JsonLocation at(String pointer) {
    return new JsonLocation(pointer, 0, 0);
  }

  /**
   * Tells whether the line and column are known.
   *
   * @return true if they are
   */
  public boolean hasLine() {
    return line > 0;
  }

  /**
   * Returns the pointer, with the line and column when known: {@code "/pledges/0/id (line 3,
   * column 12)"}; the whole document is {@code "(document)"}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return hasLine() ? where + " (line " + line + ", column " + column + ")" : where;
  }
}
