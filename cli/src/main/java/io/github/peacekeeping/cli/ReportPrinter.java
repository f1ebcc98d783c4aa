package io.github.peacekeeping.cli;

import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a {@link ReportOutcome} as text: one table of targets, then the notices and the counts.
 * Each target's rows are printed together: its verdict on the deadline (or its progress), then the
 * latest figures since the deadline.
 */
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
      out.println("Figures of " + outcome.date() + ", the latest on or before " + outcome.asOf()
          + "; scope: " + outcome.scope());
    }
    out.println(OutcomePrinter.asOfLine(outcome.asOf(), outcome.asOfDefault()));
    OutcomePrinter.printProblems(out, outcome.problems());
    out.println();
    if (outcome.targets().isEmpty()) {
      out.println("No targets apply.");
    } else {
      if (outcome.targets().stream().anyMatch(t -> t.stage() != AssessmentStage.PROGRESS)) {
        out.println("A target whose deadline has passed is judged on the figures in force on its"
            + " deadline; the latest figures since follow, as information.");
        out.println();
      }
      TextTable table =
          new TextTable("RULE", "SUBJECT", "SHARE", "TARGET", "SHORTFALL", "STATUS", "MESSAGE");
      for (List<TargetView> group : groups(outcome.targets())) {
        for (int i = 0; i < group.size(); i++) {
          TargetView t = group.get(i);
          table.row(
              i == 0 ? t.ruleId() : "",
              i > 0 ? "" : t.subject() == null ? "(all)" : t.subject(),
              t.actualShare(),
              t.targetShare(),
              String.format(Locale.ROOT, "%,d", t.shortfall()),
              t.status(outcome.judged(t))
                  + (t.severity() == Severity.INFO ? "" : " (" + t.severity() + ")"),
              t.message());
        }
      }
      table.print(out, "");
    }
    OutcomePrinter.printNotices(out, outcome.notices(), outcome.asOf());
    Map<String, Long> counts = outcome.counts();
    out.printf("%nTargets met: %d; missed by their deadline: %d; not met yet, deadline ahead: %d;"
            + " not judged, no figures by the deadline: %d; notices: %d; problems: %d.%n",
        counts.get("met"), counts.get("missed"), counts.get("notYetMet"), counts.get("notJudged"),
        counts.get("notices"), counts.get("problems"));
    out.flush();
  }

  /**
   * Groups the views of one target and subject (its verdict and the figures since, or its
   * progress), each group in stage order; the groups by rule, then the largest shortfall first.
   */
  private static List<List<TargetView>> groups(List<TargetView> targets) {
    List<List<TargetView>> groups = new ArrayList<>();
    for (TargetView target : targets) {
      groups.stream().filter(g -> g.get(0).sameTargetAs(target)).findFirst()
          .orElseGet(() -> {
            List<TargetView> group = new ArrayList<>();
            groups.add(group);
            return group;
          })
          .add(target);
    }
    groups.forEach(g -> g.sort(Comparator.comparing(TargetView::stage)));
    groups.sort(Comparator.comparing((List<TargetView> g) -> g.get(0).ruleId())
        .thenComparing(Comparator.comparingLong((List<TargetView> g) -> g.get(0).shortfall())
            .reversed())
        .thenComparing(g -> g.get(0).subject() == null ? "" : g.get(0).subject()));
    return groups;
  }
}
