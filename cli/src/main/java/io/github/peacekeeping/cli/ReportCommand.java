package io.github.peacekeeping.cli;

import io.github.peacekeeping.core.target.TargetScope;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peacekeeping report}: the targets as of the evaluation date: progress before a deadline;
 * once it has passed, the verdict on the figures in force on the deadline, then the latest figures.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Reports on the targets: the PCRS readiness targets (12,000 at Level 3, "
            + "4,000 at the Rapid Deployment Level) for a pledge registry; the gender targets for "
            + "UN statistics (CSV) or a deployment snapshot, system-wide, per contributor or per "
            + "mission.",
        "Before a target's deadline: progress on the figures of --as-of. Once it has passed: the "
            + "verdict, met or missed, on the figures in force on the deadline, then the latest "
            + "figures up to --as-of, as information. Figures dated after --as-of are not "
            + "evaluated; a notice says so.",
        "With no FILE, reports on the bundled UN statistics (to February 2014)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every target at or above the --fail-on threshold is met",
        "1:a target is missed at or above the --fail-on threshold (ERROR by default)",
        "2:the input could not be read (missing, malformed or invalid), or bad usage"})
final class ReportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private CommonOptions options;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      description = "Gender targets system-wide, per contributor or per mission: "
          + "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private TargetScope scope = TargetScope.SYSTEM;

  @Option(
      names = "--month",
      paramLabel = "DATE",
      description = "For UN statistics: the only month-end to report on, such as 2014-02-28. "
          + "Default: the months the targets need: the latest on or before --as-of and on or "
          + "before each deadline that has passed.")
  private LocalDate month;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "A pledge registry or deployment snapshot (JSON), or UN statistics (CSV).")
  private Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Input input;
    if (file == null) {
      err.println("No FILE given: reporting on the bundled UN statistics.");
      err.flush();
      input = Input.bundled(Input.BUNDLED_CSV);
    } else {
      input = Input.of(file);
    }
    ReportOutcome outcome = Checks.report(input, options, scope, month, err);
    if (options.format() == Format.JSON) {
      JsonOutput.println(out, outcome.toJson());
    } else {
      ReportPrinter.print(out, outcome);
    }
    return outcome.exitCode(options.failOn());
  }
}
