package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.Outcome;
import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.List;

/** Reads an input and checks it: the work behind {@code validate} and {@code report}. */
final class Checks {

  private Checks() {}

  static Outcome validate(Input input, CommonOptions options, PrintWriter err) {
    try {
      input.kind();
    } catch (IOException e) {
      return new Outcome(input.name(), null, options.asOf().toString(), options.asOfIsDefault(),
          List.of(), List.of(unreadable(e)));
    }
    return new Outcome(input.name(), null, options.asOf().toString(), options.asOfIsDefault(),
        List.of(), List.of(new ProblemView("UNSUPPORTED", Severity.ERROR, "", "not yet")));
  }

  static ReportOutcome report(
      Input input, CommonOptions options, TargetScope scope, LocalDate month, PrintWriter err) {
    return new ReportOutcome(input.name(), null, options.asOf().toString(),
        options.asOfIsDefault(), null, scope.name(), List.of(),
        List.of(new ProblemView("UNSUPPORTED", Severity.ERROR, "", "not yet")));
  }

  static ProblemView unreadable(IOException e) {
    String message = e instanceof NoSuchFileException ? "no such file" : e.toString();
    return new ProblemView("UNREADABLE", Severity.ERROR, "", message);
  }
}
