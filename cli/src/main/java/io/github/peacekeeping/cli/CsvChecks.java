package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.NoticeView;
import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.serialization.csv.ImportProblem;
import io.github.peacekeeping.serialization.csv.ImportSummary;
import io.github.peacekeeping.serialization.csv.UnStatisticsImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the UN's contribution statistics (CSV) with the serialization module's importer, keeping
 * in memory only the records of the months wanted, so that files of any size can be checked: the
 * latest month on or before the evaluation date, and the latest on or before each target's
 * deadline that has passed (REQUIREMENTS §8.3), or one month asked for. Records dated after the
 * evaluation date did not exist on that date: they are not kept, and one notice says so.
 */
final class CsvChecks {

  /** What the input is read as, in the output's {@code type}. */
  static final String TYPE = "un-statistics";

  private CsvChecks() {}

  /**
   * What was read.
   *
   * @param problems the import's problems
   * @param snapshots the months kept, in date order, each dated on or before the evaluation date;
   *     empty if there are none
   * @param notices one notice when the input holds records dated after the evaluation date
   * @param rowsRead how many data rows were read
   */
  record Read(List<ProblemView> problems, List<DeploymentSnapshot> snapshots,
      List<NoticeView> notices, long rowsRead) {}

  /**
   * Imports the statistics.
   *
   * @param input the CSV
   * @param month the month-end to keep, or null for the latest on or before each cut-off
   * @param asOf the evaluation date: records dated after it are not kept
   * @param cutOffs days besides {@code asOf} (deadlines) to keep the latest month on or before;
   *     those after {@code asOf} are ignored
   * @param err where progress goes
   * @return the problems, the months kept and the notice of later records
   * @throws IOException when the input cannot be read, or is not UTF-8
   */
  static Read read(Input input, LocalDate month, LocalDate asOf, Collection<LocalDate> cutOffs,
      PrintWriter err) throws IOException {
    List<ProblemView> problems = new ArrayList<>();
    MonthFilter kept = new MonthFilter(month, asOf, cutOffs);
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
    List<DeploymentSnapshot> snapshots = new ArrayList<>();
    kept.byMonth.forEach((date, records) -> snapshots.add(DeploymentSnapshot.of(date, records)));
    return new Read(List.copyOf(problems), List.copyOf(snapshots), kept.notices(),
        summary.rowsRead());
  }

  /**
   * Returns the view of an import problem: its stable code, the coarse kind the JSON side also
   * uses ({@code SYNTAX} for an empty input or a row that is not valid CSV, {@code STRUCTURE}
   * otherwise), its severity and its location as text ({@code row 12, column Mission (5)}, {@code
   * row 12} or {@code file}).
   *
   * @param problem the problem
   * @return the view
   */
  static ProblemView view(ImportProblem problem) {
    String kind = problem.code().isSyntax() ? "SYNTAX" : "STRUCTURE";
    return new ProblemView(problem.code().name(), kind, problem.severity(),
        problem.location().toString(), 0, 0, problem.message());
  }

  /**
   * Keeps the records of the months wanted: a given one, or for each cut-off the latest month on
   * or before it seen so far; counts those dated after the evaluation date.
   */
  private static final class MonthFilter {
    private final LocalDate wanted;
    private final LocalDate asOf;
    private final LocalDate[] cutOffs;
    /** chosen[i]: the latest month on or before cutOffs[i] seen so far, or null. */
    private final LocalDate[] chosen;
    private final Map<LocalDate, List<DeploymentRecord>> byMonth = new TreeMap<>();
    private final TreeSet<LocalDate> later = new TreeSet<>();
    private long laterRecords;

    MonthFilter(LocalDate wanted, LocalDate asOf, Collection<LocalDate> cutOffs) {
      this.wanted = wanted;
      this.asOf = asOf;
      TreeSet<LocalDate> days = new TreeSet<>();
      days.add(asOf);
      cutOffs.stream().filter(day -> !day.isAfter(asOf)).forEach(days::add);
      this.cutOffs = days.toArray(LocalDate[]::new);
      this.chosen = new LocalDate[this.cutOffs.length];
    }

    void accept(DeploymentRecord record) {
      LocalDate date = record.date();
      if (wanted != null && !date.equals(wanted)) {
        return;
      }
      if (date.isAfter(asOf)) {
        later.add(date);
        laterRecords++;
        return;
      }
      boolean keep = wanted != null;
      boolean changed = false;
      for (int i = 0; i < cutOffs.length && wanted == null; i++) {
        if (!date.isAfter(cutOffs[i]) && (chosen[i] == null || !date.isBefore(chosen[i]))) {
          changed |= !date.equals(chosen[i]);
          chosen[i] = date;
          keep = true;
        }
      }
      if (!keep) {
        return;
      }
      byMonth.computeIfAbsent(date, d -> new ArrayList<>()).add(record);
      if (changed) {
        // A month no cut-off chooses any more is dropped, so memory holds a few months at most.
        Set<LocalDate> chosenMonths = new HashSet<>(Arrays.asList(chosen));
        byMonth.keySet().removeIf(month -> !chosenMonths.contains(month));
      }
    }

    List<NoticeView> notices() {
      if (later.isEmpty()) {
        return List.of();
      }
      String months = later.size() == 1
          ? later.first().toString()
          : later.first() + " to " + later.last() + " (" + later.size() + " reporting dates)";
      return List.of(new NoticeView("", later.first().toString(), String.format(Locale.ROOT,
          "%,d deployment records of %s, dated after the evaluation date %s, did not exist on that"
              + " date: they were not evaluated", laterRecords, months, asOf)));
    }
  }
}
