package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.serialization.csv.ImportProblem;
import io.github.peacekeeping.serialization.csv.ImportSummary;
import io.github.peacekeeping.serialization.csv.UnStatisticsImporter;
import io.github.peacekeeping.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the UN's contribution statistics (CSV) with the serialization module's importer, keeping
 * in memory only the records of the month wanted, so that files of any size can be checked.
 */
final class CsvChecks {

  /** What the input is read as, in the output's {@code type}. */
  static final String TYPE = "un-statistics";

  private CsvChecks() {}

  /**
   * What was read.
   *
   * @param problems the import's problems
   * @param snapshot the records of the month wanted (or the latest); null if there are none
   * @param rowsRead how many data rows were read
   */
  record Read(List<ProblemView> problems, DeploymentSnapshot snapshot, long rowsRead) {}

  /**
   * Imports the statistics.
   *
   * @param input the CSV
   * @param month the month-end to keep, or null for the latest in the input
   * @param err where progress goes
   * @return the problems and the month's snapshot
   * @throws IOException when the input cannot be read, or is not UTF-8
   */
  static Read read(Input input, LocalDate month, PrintWriter err) throws IOException {
    List<ProblemView> problems = new ArrayList<>();
    MonthFilter kept = new MonthFilter(month);
    ImportSummary summary;
    try (InputStream in = Progress.watch(input.open(), input, err);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      summary = new UnStatisticsImporter().importFrom(
          reader, input.name(), kept::accept, p -> problems.add(view(p)));
    } catch (io.github.peacekeeping.serialization.csv.ImportException e) {
      throw e.getCause();
    }
    DeploymentSnapshot snapshot =
        kept.records.isEmpty() ? null : DeploymentSnapshot.of(kept.date, kept.records);
    return new Read(List.copyOf(problems), snapshot, summary.rowsRead());
  }

  /**
   * Returns the view of an import problem.
   *
   * @param problem the problem
   * @return the view, located by row (and column where known)
   */
  static ProblemView view(ImportProblem problem) {
    String location = "row " + problem.row() + problem.column().map(c -> ", column " + c).orElse("");
    return new ProblemView(problem.kind().name(),
        Severity.valueOf(problem.severity().name()), location, problem.message());
  }

  /** Keeps the records of one month: a given one, or the latest seen so far. */
  private static final class MonthFilter {
    private final LocalDate wanted;
    private LocalDate date;
    private List<DeploymentRecord> records = new ArrayList<>();

    MonthFilter(LocalDate wanted) {
      this.wanted = wanted;
      this.date = wanted;
    }

    void accept(DeploymentRecord record) {
      if (wanted != null) {
        if (record.date().equals(wanted)) {
          records.add(record);
        }
        return;
      }
      if (date == null || record.date().isAfter(date)) {
        date = record.date();
        records = new ArrayList<>();
      }
      if (record.date().equals(date)) {
        records.add(record);
      }
    }
  }
}
