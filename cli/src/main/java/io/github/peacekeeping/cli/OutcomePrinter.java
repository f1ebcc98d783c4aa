package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.FindingView;
import io.github.peacekeeping.cli.Views.NoticeView;
import io.github.peacekeeping.cli.Views.Outcome;
import io.github.peacekeeping.cli.Views.ProblemView;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints an {@link Outcome} as text for a person: tables, counts, then each broken rule's quote. */
final class OutcomePrinter {

  private OutcomePrinter() {}

  /**
   * Prints the outcome of one input.
   *
   * @param out where to print
   * @param outcome what to print
   */
  static void print(PrintWriter out, Outcome outcome) {
    out.printf("%s%s%n", outcome.file(), outcome.type() == null ? "" : " (" + outcome.type() + ")");
    out.println(asOfLine(outcome.asOf(), outcome.asOfDefault()));
    printProblems(out, outcome.problems());
    out.println();
    if (outcome.findings().isEmpty()) {
      out.println("No findings.");
    } else {
      TextTable table = new TextTable("SEVERITY", "RULE", "PATH", "MESSAGE");
      for (FindingView finding : outcome.findings()) {
        table.row(finding.severity(), finding.ruleId(), finding.path(), finding.message());
      }
      table.print(out, "");
    }
    printNotices(out, outcome.notices(), outcome.asOf());
    out.println();
    out.println(counts(outcome.counts()));
    printQuotes(out, outcome);
    out.flush();
  }

  /**
   * Returns the line that states the evaluation date and whether it is the default.
   *
   * @param asOf the date used
   * @param isDefault whether it is the default
   * @return the line
   */
  static String asOfLine(String asOf, boolean isDefault) {
    return "As of " + asOf + (isDefault ? " (the default: today; set another with --as-of)" : "");
  }

  private static String counts(Map<String, Long> counts) {
    String bySeverity = counts.entrySet().stream()
        .filter(e -> !e.getKey().equals("problems") && !e.getKey().equals("notices"))
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return "Findings: " + bySeverity + "; notices: " + counts.get("notices") + "; problems: "
        + counts.get("problems") + ".";
  }

  private static void printQuotes(PrintWriter out, Outcome outcome) {
    // One quote per rule, however many times it was broken: the table already says where.
    Map<String, FindingView> byRule = new LinkedHashMap<>();
    outcome.findings().forEach(f -> byRule.putIfAbsent(f.ruleId(), f));
    if (byRule.isEmpty()) {
      return;
    }
    out.println();
    out.println("What the rules enforce:");
    for (FindingView finding : byRule.values()) {
      out.printf("  %s%n    %s%n", finding.ruleId(), finding.citation().text());
    }
  }

  /**
   * Prints the notices of an input, if any: what it holds dated after the evaluation date, which
   * was not evaluated.
   *
   * @param out where to print
   * @param notices the notices
   * @param asOf the evaluation date
   */
  static void printNotices(PrintWriter out, List<NoticeView> notices, String asOf) {
    if (notices.isEmpty()) {
      return;
    }
    out.println();
    out.println("Not evaluated: dated after the evaluation date " + asOf + " (INFO):");
    TextTable table = new TextTable("LOCATION", "DATED", "MESSAGE");
    for (NoticeView notice : notices) {
      table.row(notice.location().isEmpty() ? "(whole input)" : notice.location(), notice.datedOn(),
          notice.message());
    }
    table.print(out, "  ");
  }

  /** Prints the problems met reading an input, if any, as an indented table. */
  static void printProblems(PrintWriter out, List<ProblemView> problems) {
    if (problems.isEmpty()) {
      return;
    }
    out.println();
    out.println("Problems reading the input:");
    TextTable table = new TextTable("SEVERITY", "CODE", "LOCATION", "MESSAGE");
    for (ProblemView problem : problems) {
      String location = problem.line() > 0
          ? problem.location() + " (line " + problem.line() + ", column " + problem.column() + ")"
          : problem.location();
      table.row(problem.severity(), problem.code(), location, problem.message());
    }
    table.print(out, "  ");
  }
}
