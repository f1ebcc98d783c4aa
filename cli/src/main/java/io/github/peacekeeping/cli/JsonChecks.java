package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** Reads JSON exchange documents with the serialization module's reader. */
final class JsonChecks {

  private JsonChecks() {}

  record Read(
      String type, List<Finding> findings, List<ProblemView> problems, DeploymentSnapshot snapshot) {}

  static Read read(Input input, ValidationContext context, PrintWriter err) throws IOException {
    return new Read(null, List.of(),
        List.of(new ProblemView("UNSUPPORTED", Severity.ERROR, "", "JSON reading not yet built")),
        null);
  }
}
