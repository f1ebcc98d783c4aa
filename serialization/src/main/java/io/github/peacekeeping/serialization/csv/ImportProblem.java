package io.github.peacekeeping.serialization.csv;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.serialization.problem.CsvLocation;
import io.github.peacekeeping.serialization.problem.DataProblem;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem found while importing UN statistics: its stable {@linkplain ProblemCode code} (a CSV
 * code or one used by both formats), where it is (the row, and the column when one cell is at
 * fault) and a message naming the offending value.
 *
 * <p>A row with an {@link Severity#ERROR error} yields no records; a {@link Severity#WARNING
 * warning} is a note on a row whose records were imported. The severity is always the code's.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class ImportProblem implements DataProblem {

  ImportProblem() {}

  /**
   * Returns the problem's stable code: one of {@link ProblemCode.Format#CSV} or {@link
   * ProblemCode.Format#BOTH}.
   *
   * @return the code, never null
   */
  @Override
  @Value.Parameter
  public abstract ProblemCode code();

  /**
   * Returns where the problem is: the line where the row at fault starts (row 0 for the file as a
   * whole) and, when one cell is at fault, its column's header name and position.
   *
   * @return the location, never null
   */
  @Override
  @Value.Parameter
  public abstract CsvLocation location();

  /**
   * Returns a message for people, naming the offending value.
   *
   * @return the message, never blank
   */
  @Override
  @Value.Parameter
  public abstract String message();

  /**
   * Returns how much the problem matters: the severity of its {@linkplain #code() code}, {@link
   * Severity#ERROR} or {@link Severity#WARNING}.
   *
   * @return the severity, never null
   */
  @Override
  public Severity severity() {
    return code().severity();
  }

  /**
   * Tells whether the problem is an error, that is, whether some input was not imported.
   *
   * @return true if the severity is {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Returns the row of the {@linkplain #location() location}: the 1-based line where the row at
   * fault starts, or 0 for the file as a whole.
   *
   * @return the row, zero or more
   */
  public long row() {
    return location().row();
  }

  /**
   * Returns the column of the {@linkplain #location() location}, as the header names it.
   *
   * @return the column name, or empty when the whole row or file is at fault; never null
   */
  public Optional<String> column() {
    return location().column();
  }

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException("message: must not be blank, was '" + message() + "'");
    }
    if (code().format() == ProblemCode.Format.JSON) {
      throw new IllegalArgumentException("code: " + code() + " is a JSON code");
    }
  }

  /**
   * Returns a problem.
   *
   * @param code the code, a CSV code or one of both formats; not null
   * @param location where it is, not null
   * @param message a message naming the offending value, not blank
   * @return the problem, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is a JSON-only code or the message is blank
   */
  public static ImportProblem of(ProblemCode code, CsvLocation location, String message) {
    return ImmutableImportProblem.of(code, location, message);
  }

  /**
   * Returns the code, the location and the message: {@code "UNKNOWN_MISSION at row 12, column
   * Mission (5): ..."}; the file as a whole is written {@code "file"}.
   *
   * @return the problem as text, never null
   */
  @Override
  public String toString() {
    return code() + " at " + location() + ": " + message();
  }
}
