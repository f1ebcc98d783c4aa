package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.FindingView;
import io.github.peacekeeping.cli.Views.NoticeView;
import io.github.peacekeeping.cli.Views.Outcome;
import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.target.GenderTarget;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.target.Targets;
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
import java.util.Optional;

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
        CsvChecks.Read read = CsvChecks.read(input, null, options.asOf(), List.of(), err);
        return new Outcome(input.name(), CsvChecks.TYPE, asOf, options.asOfIsDefault(), List.of(),
            read.notices(), read.problems());
      }
      JsonChecks.Read read = JsonChecks.read(input, options.context(), err);
      List<FindingView> findings = read.findings().stream()
          .filter(f -> f.assessment().isEmpty())
          .map(read::view)
          .toList();
      return new Outcome(input.name(), read.type(), asOf, options.asOfIsDefault(), findings,
          read.notices(), read.problems());
    } catch (IOException e) {
      return new Outcome(input.name(), null, asOf, options.asOfIsDefault(), List.of(), List.of(),
          List.of(unreadable(e)));
    }
  }

  /**
   * Reports on the targets for one input, as of the evaluation date: progress before a deadline;
   * once it has passed, the verdict on the figures in force on the deadline and the latest figures
   * since (REQUIREMENTS §8.3).
   *
   * @param input the input
   * @param options the shared options
   * @param scope the scope of the gender targets
   * @param month for UN statistics, the only month to report on; null for the months the targets
   *     need (the latest on or before the evaluation date and on or before each deadline)
   * @param err where progress goes
   * @return the targets assessed, never null
   */
  static ReportOutcome report(
      Input input, CommonOptions options, TargetScope scope, LocalDate month, PrintWriter err) {
    String asOf = options.asOf().toString();
    ValidationContext context = options.context();
    try {
      if (input.kind() == Input.Kind.CSV) {
        CsvChecks.Read read = CsvChecks.read(input, month, options.asOf(), deadlines(), err);
        if (read.snapshots().isEmpty()) {
          List<ProblemView> problems = new ArrayList<>(read.problems());
          problems.add(noFigures(month, options.asOf()));
          return new ReportOutcome(input.name(), CsvChecks.TYPE, asOf, options.asOfIsDefault(),
              null, scope.name(), List.of(), read.notices(), problems);
        }
        return snapshotReport(input, CsvChecks.TYPE, read.snapshots(), scope, options,
            read.notices(), read.problems());
      }
      JsonChecks.Read read = JsonChecks.read(input, context, err);
      if (read.snapshot() != null) {
        if (read.snapshot().date().isAfter(options.asOf())) {
          return new ReportOutcome(input.name(), read.type(), asOf, options.asOfIsDefault(), null,
              scope.name(), List.of(), read.notices(), List.of(ProblemView.ofInput("NO_FIGURES",
                  "the snapshot's figures are of " + read.snapshot().date()
                      + ", after the evaluation date " + asOf + ": give --as-of "
                      + read.snapshot().date() + " or later")));
        }
        return snapshotReport(input, read.type(), List.of(read.snapshot()), scope, options,
            read.notices(), read.problems());
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
          TargetScope.SYSTEM.name(), targets, read.notices(), read.problems());
    } catch (IOException e) {
      return new ReportOutcome(input.name(), null, asOf, options.asOfIsDefault(), null,
          scope.name(), List.of(), List.of(), List.of(unreadable(e)));
    }
  }

  /** The gender targets' deadlines: the days a verdict is judged on the latest figures before. */
  private static List<LocalDate> deadlines() {
    return Targets.genderTargets().stream()
        .map(GenderTarget::deadline)
        .flatMap(Optional::stream)
        .distinct()
        .toList();
  }

  private static ProblemView noFigures(LocalDate month, LocalDate asOf) {
    String message;
    if (month == null) {
      message = "the file holds no figures dated on or before the evaluation date " + asOf;
    } else if (month.isAfter(asOf)) {
      message = "the figures of " + month + " are after the evaluation date " + asOf
          + ": give --as-of " + month + " or later";
    } else {
      message = "the file holds no figures for " + month;
    }
    return ProblemView.ofInput("NO_FIGURES", message);
  }

  private static ReportOutcome snapshotReport(
      Input input,
      String type,
      List<DeploymentSnapshot> snapshots,
      TargetScope scope,
      CommonOptions options,
      List<NoticeView> notices,
      List<ProblemView> problems) {
    List<Finding> findings = CommuniqueValidator.create()
        .assessTargets(snapshots, scope, options.context())
        .findings();
    List<TargetView> targets = findings.stream()
        .filter(f -> f.assessment().isPresent())
        .map(TargetView::of)
        .toList();
    LocalDate latest = snapshots.get(snapshots.size() - 1).date();
    return new ReportOutcome(input.name(), type, options.asOf().toString(),
        options.asOfIsDefault(), latest.toString(), scope.name(), targets, notices, problems);
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
    return ProblemView.ofInput("UNREADABLE", message);
  }
}
