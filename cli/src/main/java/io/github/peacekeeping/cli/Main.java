package io.github.peacekeeping.cli;

import io.github.peacekeeping.core.source.SourceDocument;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code peacekeeping} command: the entry point of the executable jar.
 *
 * <p>Run {@code java -jar peacekeeping-cli.jar --help} for the subcommands and the exit codes.
 */
@Command(
    name = "peacekeeping",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Checks UN peacekeeping pledges, deployments and statistics against the "
        + "communiqué rules (London 2016, Seoul 2021, ...) and reports progress towards the targets.",
    subcommands = {
        RulesCommand.class,
        SchemaCommand.class,
        ValidateCommand.class,
        ReportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:clean: nothing at or above the --fail-on threshold",
        "1:findings at or above the --fail-on threshold (ERROR by default)",
        "2:an input could not be read (missing, malformed or invalid), or bad usage"})
public final class Main implements Callable<Integer> {

  /**
   * Hibernate Validator announces its version on standard error at start-up: noise to a user of the
   * command. Held in a field because java.util.logging keeps loggers only weakly.
   */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  @Spec
  private CommandSpec spec;

  /** Created by picocli. */
  Main() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line, not null
   */
  public static void main(String[] args) {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    System.exit(execute(System.out, System.err, args));
  }

  /**
   * Runs the command without exiting: what {@link #main} does, for tests and embedding.
   *
   * @param out where results go, not null
   * @param err where errors and progress go, not null
   * @param args the command line, not null
   * @return the exit code: 0, 1 or 2
   */
  static int execute(PrintStream out, PrintStream err, String... args) {
    CommandLine commandLine = commandLine();
    // Quotes and names are not ASCII: UTF-8 whatever the platform's default charset.
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    return commandLine.execute(args);
  }

  /**
   * Returns the command line with its converters and error handling.
   *
   * @return a new command line, never null
   */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(SourceDocument.class, Main::ruleSet);
    commandLine.registerConverter(LocalDate.class, Main::date);
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      // Reaching here is a bug, not bad input (inputs are checked where they are read): say so,
      // with the trace, and do not let it pass for "findings" (1).
      line.getErr().println("peacekeeping: internal error: " + exception);
      exception.printStackTrace(line.getErr());
      return ExitCodes.INPUT;
    });
    return commandLine;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  private static SourceDocument ruleSet(String code) {
    try {
      return SourceDocument.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("unknown rule set '" + code + "'");
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not an ISO date such as 2016-12-31");
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"peacekeeping " + (version != null ? version : "(development build)")};
    }
  }
}
