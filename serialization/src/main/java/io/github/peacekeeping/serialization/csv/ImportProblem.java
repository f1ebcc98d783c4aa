package io.github.peacekeeping.serialization.csv;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A problem found while importing UN statistics: where it is (the row, and the column when one
 * column is at fault), what kind it is and a message naming the offending value.
 *
 * <p>A row with an {@link Severity#ERROR error} yields no records; a {@link Severity#WARNING
 * warning} is a note on a row whose records were imported.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class ImportProblem {

  ImportProblem() {}

  /** How much a problem matters. */
  public enum Severity {
    /** The row, or the whole input, could not be imported: no record was made from it. */
    ERROR,
    /** A note on a row that was imported: nothing was lost. */
    WARNING
  }

  /** What went wrong. */
  public enum Kind {
    /** The input is empty: there is no header. */
    MISSING_HEADER(Severity.ERROR),
    /** The header lacks columns the layout needs; no row below it is read. */
    MISSING_COLUMNS(Severity.ERROR),
    /** The input holds a header and no data row. */
    NO_DATA_ROWS(Severity.WARNING),
    /** The row is not valid CSV (an unbalanced quote) or has the wrong number of fields. */
    MALFORMED_ROW(Severity.ERROR),
    /** The contributor's code is empty or names no known contributor. */
    UNKNOWN_CONTRIBUTOR(Severity.ERROR),
    /** The mission's acronym is empty or names no catalogued mission. */
    UNKNOWN_MISSION(Severity.ERROR),
    /** The personnel type is not one of the UN's labels. */
    UNKNOWN_PERSONNEL_TYPE(Severity.ERROR),
    /** A count is empty, not a whole number, negative or too large. */
    BAD_NUMBER(Severity.ERROR),
    /** The date is empty or neither ISO ({@code 2014-02-28}) nor dd/mm/yyyy. */
    BAD_DATE(Severity.ERROR),
    /**
     * Men and women do not add up to the stated total, or categories to the overall total, or the
     * records of one date add up to more than a deployment snapshot holds.
     */
    TOTALS_DO_NOT_ADD_UP(Severity.ERROR),
    /** The contributor's name names a different contributor than its code. */
    NAME_MISMATCH(Severity.ERROR),
    /**
     * The contributor's name (empty, truncated or unusual) names no known contributor; the code,
     * which is authoritative, was used.
     */
    UNRESOLVED_NAME(Severity.WARNING);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    /**
     * Returns the severity of problems of this kind.
     *
     * @return the severity, never null
     */
    public Severity severity() {
      return severity;
    }
  }

  /**
   * Returns the line of the input where the row at fault starts: 1-based, the header being line 1.
   *
   * @return the line number, one or more
   */
  @Value.Parameter
  public abstract long row();

  /**
   * Returns the column at fault, as the header names it.
   *
   * @return the column name, or empty when the whole row or input is at fault; never null
   */
  @Value.Parameter
  public abstract Optional<String> column();

  /**
   * Returns what went wrong.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns a message for people, naming the offending value.
   *
   * @return the message, never null
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns how much the problem matters: the severity of its {@link #kind()}.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return kind().severity();
  }

  /**
   * Tells whether the problem is an error.
   *
   * @return true if the severity is {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  @Value.Check
  void check() {
    if (row() < 1) {
      throw new IllegalArgumentException("row: must be 1 or more, was " + row());
    }
  }

  /**
   * Returns a problem.
   *
   * @param row the 1-based line where the row starts, the header being line 1
   * @param column the column at fault as the header names it, or null for the whole row
   * @param kind what went wrong, not null
   * @param message a message naming the offending value, not null
   * @return the problem, never null
   * @throws NullPointerException if {@code kind} or {@code message} is null
   * @throws IllegalArgumentException if {@code row} is less than 1
   */
  public static ImportProblem of(long row, @Nullable String column, Kind kind, String message) {
    return ImmutableImportProblem.of(row, Optional.ofNullable(column), kind, message);
  }

  /**
   * Returns the problem as {@code "row 12, column Mission: ERROR UNKNOWN_MISSION: ..."}.
   *
   * @return the problem as text, never null
   */
  @Override
  public String toString() {
    return "row " + row()
        + column().map(c -> ", column " + c).orElse("")
        + ": " + severity() + " " + kind() + ": " + message();
  }
}
