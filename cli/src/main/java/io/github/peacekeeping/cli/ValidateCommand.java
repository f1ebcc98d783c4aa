package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.Outcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peacekeeping validate}: rule findings and reading problems of each input. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Reads JSON exchange documents (pledge-registry, deployment-snapshot) or UN contribution "
            + "statistics (CSV, by extension or content) and prints the rule findings and the "
            + "problems reading them.",
        "With no FILE, checks the bundled sample data: an illustrative pledge registry and the "
            + "UN's statistics for 2009-2014."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:clean: nothing at or above the --fail-on threshold",
        "1:findings at or above the --fail-on threshold (ERROR by default)",
        "2:an input could not be read (missing, malformed or invalid), or bad usage"})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private CommonOptions options;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "JSON (.json) or CSV (.csv) files; other names are told by their content.")
  private List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = new ArrayList<>();
    if (files.isEmpty()) {
      err.println("No FILE given: checking the bundled sample data (its pledges are illustrative;"
          + " the statistics are the UN's).");
      err.flush();
      inputs.add(Input.bundled(Input.BUNDLED_REGISTRY));
      inputs.add(Input.bundled(Input.BUNDLED_CSV));
    } else {
      files.forEach(f -> inputs.add(Input.of(f)));
    }
    Format format = options.format();
    int exit = ExitCodes.CLEAN;
    for (int i = 0; i < inputs.size(); i++) {
      Outcome outcome = Checks.validate(inputs.get(i), options, err);
      if (format == Format.JSON) {
        JsonOutput.println(out, outcome.toJson());
      } else {
        if (i > 0) {
          out.println();
          out.println("-".repeat(72));
        }
        OutcomePrinter.print(out, outcome);
      }
      exit = ExitCodes.worst(exit, outcome.exitCode(options.failOn()));
    }
    return exit;
  }
}
