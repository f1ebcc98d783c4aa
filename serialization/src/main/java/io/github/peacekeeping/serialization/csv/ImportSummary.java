package io.github.peacekeeping.serialization.csv;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a streaming import of UN statistics did, the records and problems having gone to the
 * caller's consumers: how many rows were read and how many records, errors and warnings resulted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class ImportSummary {

  ImportSummary() {}

  /**
   * Returns the number of data rows read below the header, including rows with errors and
   * excluding blank lines. A row whose unbalanced quote took later lines with it counts once.
   *
   * @return the number of rows, zero or more
   */
  @Value.Parameter
  public abstract long rowsRead();

  /**
   * Returns the layout the input was read in.
   *
   * @return the layout, or empty if the input had no usable header; never null
   */
  @Value.Parameter
  public abstract Optional<UnLayout> layout();

  /**
   * Returns the number of records passed to the record consumer.
   *
   * @return the number, zero or more
   */
  @Value.Parameter
  public abstract long recordCount();

  /**
   * Returns the number of errors passed to the problem consumer.
   *
   * @return the number, zero or more
   */
  @Value.Parameter
  public abstract long errorCount();

  /**
   * Returns the number of warnings passed to the problem consumer.
   *
   * @return the number, zero or more
   */
  @Value.Parameter
  public abstract long warningCount();

  @Value.Check
  void check() {
    if (rowsRead() < 0 || recordCount() < 0 || errorCount() < 0 || warningCount() < 0) {
      throw new IllegalArgumentException("counts: must not be negative, were " + rowsRead() + ", "
          + recordCount() + ", " + errorCount() + ", " + warningCount());
    }
  }

  /**
   * Returns a summary.
   *
   * @param rowsRead the number of data rows read, zero or more
   * @param layout the layout, or null if unknown
   * @param recordCount the number of records, zero or more
   * @param errorCount the number of errors, zero or more
   * @param warningCount the number of warnings, zero or more
   * @return the summary, never null
   * @throws IllegalArgumentException if a count is negative
   */
  public static ImportSummary of(
      long rowsRead, @Nullable UnLayout layout, long recordCount, long errorCount,
      long warningCount) {
    return ImmutableImportSummary.of(
        rowsRead, Optional.ofNullable(layout), recordCount, errorCount, warningCount);
  }
}
