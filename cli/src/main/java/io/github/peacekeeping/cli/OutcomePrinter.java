package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.FindingView;
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
        .filter(e -> !e.getKey().equals("problems"))
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    long problems = counts.get("problems");
    return "Findings: " + bySeverity + "; problems: " + problems + ".";
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

  /** Prints the problems met reading an input, if any, as an indented table. */
  static void printProblems(PrintWriter out, List<ProblemView> problems) {
    if (problems.isEmpty()) {
      return;
    }
    out.println();
    out.println("Problems reading the input:");
    TextTable table = new TextTable("SEVERITY", "KIND", "LOCATION", "MESSAGE");
    for (ProblemView problem : problems) {
      table.row(problem.severity(), problem.kind(), problem.location(), problem.message());
    }
    table.print(out, "  ");
  }
}
