package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.FindingView;
import io.github.peacekeeping.cli.Views.Outcome;
import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an input and checks it: the work behind {@code validate} and {@code report}.
 *
 * <p>{@code validate} applies the rules about each value (pledge, unit, ...); the targets, which
 * are about totals (12,000 pledged at Level 3, 20% women police, ...), are {@code report}'s.
 * Keeping them apart keeps {@code validate}'s exit code about the records themselves: a small,
 * perfectly good registry would otherwise always "fail" the London 2016 totals.
 */
final class Checks {

  private Checks() {}

  /**
   * Validates one input.
   *
   * @param input the input
   * @param options the shared options
   * @param err where progress goes
   * @return what was found, never null
   */
  static Outcome validate(Input input, CommonOptions options, PrintWriter err) {
    String asOf = options.asOf().toString();
    try {
      if (input.kind() == Input.Kind.CSV) {
        CsvChecks.Read read = CsvChecks.read(input, null, err);
        return new Outcome(input.name(), CsvChecks.TYPE, asOf, options.asOfIsDefault(), List.of(),
            read.problems());
      }
      JsonChecks.Read read = JsonChecks.read(input, options.context(), err);
      List<FindingView> findings = read.findings().stream()
          .filter(f -> f.assessment().isEmpty())
          .map(read::view)
          .toList();
      return new Outcome(input.name(), read.type(), asOf, options.asOfIsDefault(), findings,
          read.problems());
    } catch (IOException e) {
      return new Outcome(input.name(), null, asOf, options.asOfIsDefault(), List.of(),
          List.of(unreadable(e)));
    }
  }

  /**
   * Reports progress towards the targets on one input.
   *
   * @param input the input
   * @param options the shared options
   * @param scope the scope of the gender targets
   * @param month for UN statistics, the month to report on; null for the latest
   * @param err where progress goes
   * @return the targets assessed, never null
   */
  static ReportOutcome report(
      Input input, CommonOptions options, TargetScope scope, LocalDate month, PrintWriter err) {
    String asOf = options.asOf().toString();
    ValidationContext context = options.context();
    try {
      if (input.kind() == Input.Kind.CSV) {
        CsvChecks.Read read = CsvChecks.read(input, month, err);
        List<ProblemView> problems = new ArrayList<>(read.problems());
        if (read.snapshot() == null) {
          problems.add(new ProblemView("NO_FIGURES", Severity.ERROR, "",
              month == null ? "the file holds no figures"
                  : "the file holds no figures for " + month));
          return new ReportOutcome(input.name(), CsvChecks.TYPE, asOf, options.asOfIsDefault(),
              null, scope.name(), List.of(), problems);
        }
        return snapshotReport(input, CsvChecks.TYPE, read.snapshot(), scope, options, problems);
      }
      JsonChecks.Read read = JsonChecks.read(input, context, err);
      if (read.snapshot() != null) {
        return snapshotReport(input, read.type(), read.snapshot(), scope, options, read.problems());
      }
      if (scope != TargetScope.SYSTEM && read.problems().isEmpty()) {
        err.println("Note: --scope applies to the gender targets; a registry's readiness targets"
            + " are system-wide.");
        err.flush();
      }
      List<TargetView> targets = read.findings().stream()
          .filter(f -> f.assessment().isPresent())
          .map(TargetView::of)
          .toList();
      return new ReportOutcome(input.name(), read.type(), asOf, options.asOfIsDefault(), null,
          TargetScope.SYSTEM.name(), targets, read.problems());
    } catch (IOException e) {
      return new ReportOutcome(input.name(), null, asOf, options.asOfIsDefault(), null,
          scope.name(), List.of(), List.of(unreadable(e)));
    }
  }

  private static ReportOutcome snapshotReport(
      Input input,
      String type,
      DeploymentSnapshot snapshot,
      TargetScope scope,
      CommonOptions options,
      List<ProblemView> problems) {
    List<Finding> findings = CommuniqueValidator.create()
        .assessTargets(snapshot, scope, options.context())
        .findings();
    List<TargetView> targets = findings.stream()
        .filter(f -> f.assessment().isPresent())
        .map(TargetView::of)
        .toList();
    return new ReportOutcome(input.name(), type, options.asOf().toString(),
        options.asOfIsDefault(), snapshot.date().toString(), scope.name(), targets, problems);
  }

  /**
   * Returns the problem of an input that could not be read at all.
   *
   * @param e why
   * @return the problem
   */
  static ProblemView unreadable(IOException e) {
    String message;
    if (e instanceof NoSuchFileException) {
      message = "no such file";
    } else if (e instanceof AccessDeniedException) {
      message = "permission denied";
    } else {
      message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return new ProblemView("UNREADABLE", Severity.ERROR, "", message);
  }
}
