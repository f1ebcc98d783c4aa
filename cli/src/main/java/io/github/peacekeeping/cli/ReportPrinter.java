package io.github.peacekeeping.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;

/** Prints a {@link ReportOutcome} as text: one table of targets, then the counts. */
final class ReportPrinter {

  private ReportPrinter() {}

  /**
   * Prints the report.
   *
   * @param out where to print
   * @param outcome what to print
   */
  static void print(PrintWriter out, ReportOutcome outcome) {
    out.printf("%s%s%n", outcome.file(), outcome.type() == null ? "" : " (" + outcome.type() + ")");
    if (outcome.date() != null) {
      out.println("Figures of " + outcome.date() + "; scope: " + outcome.scope());
    }
    out.println(OutcomePrinter.asOfLine(outcome.asOf(), outcome.asOfDefault()));
    OutcomePrinter.printProblems(out, outcome.problems());
    out.println();
    if (outcome.targets().isEmpty()) {
      out.println("No targets apply.");
    } else {
      TextTable table =
          new TextTable("RULE", "SUBJECT", "SHARE", "TARGET", "SHORTFALL", "STATUS", "MESSAGE");
      outcome.targets().stream()
          .sorted(Comparator.comparing(TargetView::ruleId)
              .thenComparing(Comparator.comparingLong(TargetView::shortfall).reversed())
              .thenComparing(t -> t.subject() == null ? "" : t.subject()))
          .forEach(t -> table.row(
              t.ruleId(),
              t.subject() == null ? "(all)" : t.subject(),
              t.actualShare(),
              t.targetShare(),
              t.shortfall(),
              t.met() ? "met" : "missed (" + t.severity() + ")",
              t.message()));
      table.print(out, "");
    }
    Map<String, Long> counts = outcome.counts();
    out.printf("%nTargets met: %d; missed: %d; problems: %d.%n",
        counts.get("met"), counts.get("missed"), counts.get("problems"));
    out.flush();
  }
}
