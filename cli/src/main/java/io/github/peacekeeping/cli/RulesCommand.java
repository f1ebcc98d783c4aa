package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.RuleView;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peacekeeping rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists the rules: ID, severity, rule set and what each checks.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the catalogue was printed", "2:bad usage"})
final class RulesCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(
      names = "--rules",
      split = ",",
      paramLabel = "SET",
      description = "Only these rule sets (comma-separated): ${COMPLETION-CANDIDATES}.")
  private List<SourceDocument> ruleSets = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES}. "
          + "Default: text on a terminal, json otherwise.")
  private Format format;

  @Override
  public Integer call() {
    List<Rule> rules = Rules.all().stream()
        .filter(r -> ruleSets.isEmpty() || ruleSets.contains(r.source()))
        .toList();
    PrintWriter out = spec.commandLine().getOut();
    Format chosen = format != null ? format : Terminal.interactive() ? Format.TEXT : Format.JSON;
    if (chosen == Format.JSON) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("rules", rules.stream().map(RuleView::of).toList());
      json.put("count", rules.size());
      JsonOutput.println(out, json);
    } else {
      TextTable table = new TextTable("ID", "SEVERITY", "RULE SET", "DESCRIPTION");
      for (Rule rule : rules) {
        table.row(rule.id(), rule.severity(), rule.source().code(), rule.description());
      }
      table.print(out, "");
      long sets = rules.stream().map(Rule::source).distinct().count();
      out.printf("%n%d rules in %d rule sets.%n", rules.size(), sets);
      out.flush();
    }
    return ExitCodes.CLEAN;
  }
}
