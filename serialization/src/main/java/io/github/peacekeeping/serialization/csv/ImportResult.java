package io.github.peacekeeping.serialization.csv;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.validation.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What an import of UN statistics produced: the records, in the order of the input, and every
 * problem found, in the order of the input.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class ImportResult {

  ImportResult() {}

  /**
   * Returns the records imported.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  @Value.Parameter
  public abstract List<DeploymentRecord> records();

  /**
   * Returns the problems found, errors and warnings.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  @Value.Parameter
  public abstract List<ImportProblem> problems();

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
   * Returns the problems of severity {@link Severity#ERROR}.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public List<ImportProblem> errors() {
    return problems().stream().filter(ImportProblem::isError)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the problems of severity {@link Severity#WARNING}.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public List<ImportProblem> warnings() {
    return problems().stream().filter(p -> !p.isError())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether any problem is an error, that is, whether some input was not imported.
   *
   * @return true if there is at least one error
   */
  public boolean hasErrors() {
    return problems().stream().anyMatch(ImportProblem::isError);
  }

  @Value.Check
  void check() {
    if (rowsRead() < 0) {
      throw new IllegalArgumentException("rowsRead: must not be negative, was " + rowsRead());
    }
  }

  /**
   * Returns a result.
   *
   * @param records the records, not null, no null element
   * @param problems the problems, not null, no null element
   * @param rowsRead the number of data rows read, zero or more
   * @param layout the layout, or null if unknown
   * @return the result, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code rowsRead} is negative
   */
  public static ImportResult of(
      List<DeploymentRecord> records,
      List<ImportProblem> problems,
      long rowsRead,
      @Nullable UnLayout layout) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(problems, "problems");
    return ImmutableImportResult.of(records, problems, rowsRead, Optional.ofNullable(layout));
  }

  /**
   * Returns a summary: the row count, layout and the numbers of records, errors and warnings.
   *
   * @return the summary as text, never null
   */
  @Override
  public String toString() {
    return "ImportResult{layout=" + layout().map(Enum::name).orElse("unknown")
        + ", rowsRead=" + rowsRead() + ", records=" + records().size()
        + ", errors=" + errors().size() + ", warnings=" + warnings().size() + "}";
  }
}
