package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.FindingView;
import io.github.peacekeeping.cli.Views.NoticeView;
import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.serialization.json.DeploymentSnapshotDocument;
import io.github.peacekeeping.serialization.json.InvalidDocumentException;
import io.github.peacekeeping.serialization.json.JsonPointers;
import io.github.peacekeeping.serialization.json.JsonProblem;
import io.github.peacekeeping.serialization.json.JsonReader;
import io.github.peacekeeping.serialization.json.PledgeRegistryDocument;
import io.github.peacekeeping.serialization.json.Validated;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.FindingPath;
import io.github.peacekeeping.validation.Notice;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON exchange documents with the serialization module's {@link JsonReader}, which decodes
 * them, reports every syntax and structure problem with its JSON Pointer, and runs the rules.
 *
 * <p>A deployment snapshot dated after the evaluation date is read without the rules: its figures
 * did not exist on that date, so they are not assessed (a notice says so) rather than refused by
 * the validator.
 */
final class JsonChecks {

  /** Only to peek at the envelope's {@code type}; the document itself is read by JsonReader. */
  private static final JsonMapper PEEK = JsonMapper.builder().build();

  /** A finding path segment: a name, or an index or map key in brackets. */

  private JsonChecks() {}

  /**
   * What was read.
   *
   * @param type the document's type, or null when it could not be told
   * @param findings the findings, targets included
   * @param notices what was not evaluated, being dated after the evaluation date
   * @param problems the problems; when there are any, nothing was read
   * @param snapshot the snapshot of a deployment-snapshot document, else null; it may be dated
   *     after the evaluation date (then with a notice and no findings)
   * @param pointerPrefix the JSON Pointer finding paths are under
   */
  record Read(
      String type,
      List<Finding> findings,
      List<NoticeView> notices,
      List<ProblemView> problems,
      DeploymentSnapshot snapshot,
      String pointerPrefix) {

    /**
     * Returns the view of a finding, located by a JSON Pointer into the document.
     *
     * @param finding one of the findings
     * @return the view
     */
    FindingView view(Finding finding) {
      FindingView view = FindingView.of(finding);
      return new FindingView(view.ruleId(), view.severity(),
          finding.path().isEmpty() ? "" : JsonPointers.fromFindingPath(pointerPrefix, finding.path()), view.message(), view.citation());
    }
  }

  /**
   * Reads a document, telling a pledge registry from a deployment snapshot by its {@code type}.
   *
   * @param input the document
   * @param context the rules' context
   * @param err where progress goes
   * @return what was read
   * @throws IOException when the input cannot be read
   */
  static Read read(Input input, ValidationContext context, PrintWriter err) throws IOException {
    byte[] bytes;
    try (InputStream in = Progress.watch(input.open(), input, err)) {
      bytes = in.readAllBytes();
    }
    JsonReader reader = JsonReader.builder().context(context).build();
    try {
      if (DeploymentSnapshotDocument.TYPE.equals(peekType(bytes))) {
        LocalDate date = peekDate(bytes);
        if (date != null && date.isAfter(context.asOf())) {
          // Not assessed: the validator refuses figures dated after the evaluation date.
          DeploymentSnapshot snapshot = JsonReader.create()
              .read(bytes, DeploymentSnapshotDocument.class).value().snapshot();
          Notice notice = Notice.datedAfter(FindingPath.root(), "The deployment snapshot, dated", snapshot.date(),
              context.asOf());
          return new Read(DeploymentSnapshotDocument.TYPE, List.of(),
              List.of(NoticeView.of(notice, "")), List.of(), snapshot, "");
        }
        Validated<DeploymentSnapshotDocument> read =
            reader.read(bytes, DeploymentSnapshotDocument.class);
        return new Read(DeploymentSnapshotDocument.TYPE, read.findings().findings(),
            notices(read.findings(), ""), List.of(), read.value().snapshot(), "");
      }
      // Anything else is read as a registry: the reader then says what is wrong with its type.
      Validated<PledgeRegistryDocument> read = reader.read(bytes, PledgeRegistryDocument.class);
      return new Read(PledgeRegistryDocument.TYPE, read.findings().findings(),
          notices(read.findings(), "/pledges"), List.of(), null, "/pledges");
    } catch (InvalidDocumentException e) {
      String type = peekType(bytes);
      List<ProblemView> problems = e.problems().stream().map(JsonChecks::view).toList();
      return new Read(type, List.of(), List.of(), problems, null, "");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static List<NoticeView> notices(ValidationReport report, String pointerPrefix) {
    return report.notices().stream().map(n -> NoticeView.of(n, pointerPrefix)).toList();
  }

  private static ProblemView view(JsonProblem problem) {
    return new ProblemView(problem.code().name(), problem.kind().name(), problem.severity(),
        problem.pointer(), problem.location().line(), problem.location().column(),
        problem.message());
  }

  /** Returns the top-level {@code type} string, or null if there is none or the JSON is bad. */
  private static String peekType(byte[] bytes) {
    return peek(bytes, "type");
  }

  /** Returns the top-level {@code date} as a date, or null if there is none or it is not one. */
  private static LocalDate peekDate(byte[] bytes) {
    String date = peek(bytes, "date");
    try {
      return date == null ? null : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return null; // the reader says what is wrong with it
    }
  }

  /** Returns a top-level string property, or null if there is none or the JSON is bad. */
  private static String peek(byte[] bytes, String property) {
    try (JsonParser parser = PEEK.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (property.equals(name) && value == JsonToken.VALUE_STRING) {
          return parser.getString();
        }
        parser.skipChildren();
      }
      return null;
    } catch (JacksonException e) {
      return null;
    }
  }
}
