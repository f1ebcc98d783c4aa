package io.github.peacekeeping.cli;

import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.serialization.json.JsonPointers;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Notice;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the command prints, as plain records: the text and the JSON output are both rendered from
 * these, so they always say the same thing. The JSON property names are the record components and
 * are part of the documented output format (README, "Command line").
 */
final class Views {

  private Views() {}

  /**
   * A quoted passage.
   *
   * @param document the source document's code, such as {@code LDN16}
   * @param title the source document's title
   * @param quote the passage
   */
  record CitationView(String document, String title, String quote) {

    static CitationView of(Citation citation) {
      return new CitationView(
          citation.document().code(), citation.document().title(), citation.quote());
    }

    /** The citation as one line of text. */
    String text() {
      return document + ": \u201c" + quote + "\u201d";
    }
  }

  /**
   * A rule finding.
   *
   * @param ruleId the rule broken
   * @param severity ERROR, WARNING or INFO
   * @param path where in the document, empty for the document as a whole
   * @param message what is wrong
   * @param citation the passage the rule enforces
   */
  record FindingView(
      String ruleId, Severity severity, String path, String message, CitationView citation) {

    static FindingView of(Finding finding) {
      return new FindingView(finding.ruleId(), finding.severity(), finding.path().toString(),
          finding.message(), CitationView.of(finding.citation()));
    }
  }

  /**
   * A problem reading an input: it could not be read as it stands, or only partly.
   *
   * @param code the stable code of the problem: a {@code ProblemCode} for JSON (such as
   *     MALFORMED_JSON or UNKNOWN_PROPERTY) and for CSV (such as BAD_NUMBER), NO_FIGURES or
   *     UNREADABLE for the input as a whole
   * @param kind the coarse kind of problem: SYNTAX or STRUCTURE for JSON and CSV, RULE for a JSON
   *     rule violation, the code for the input as a whole
   * @param severity ERROR (the input, or part of it, could not be read) or WARNING
   * @param location a JSON Pointer for JSON; for CSV {@code row N}, {@code row N, column C (K)}
   *     (the column's header name and position from 1) or {@code file}; empty for the input as a
   *     whole
   * @param line for JSON read from text, the line of the problem from 1; 0 when not known
   * @param column for JSON read from text, the column of the problem from 1; 0 when not known
   * @param message what is wrong
   */
  record ProblemView(String code, String kind, Severity severity, String location, long line,
      long column, String message) {

    /**
     * Returns the view of a problem about the input as a whole, whose code is its kind.
     *
     * @param code the code, also the kind
     * @param message what is wrong
     * @return the view, at ERROR, with no location
     */
    static ProblemView ofInput(String code, String message) {
      return new ProblemView(code, code, Severity.ERROR, "", 0, 0, message);
    }
  }

  /**
   * What an input holds that was not evaluated because it is dated after the evaluation date: it
   * did not exist on that date (a pledge made later, a snapshot or statistics of a later day).
   * Always information: a notice never changes the exit code.
   *
   * @param location a JSON Pointer for JSON, empty for the input as a whole
   * @param datedOn the day the value is dated (ISO), after the evaluation date
   * @param message what was not evaluated and why
   */
  record NoticeView(String location, String datedOn, String message) {

    /**
     * Returns the view of a validator's notice, located by a JSON Pointer into the document.
     *
     * @param notice the notice
     * @param pointerPrefix the JSON Pointer the notice's path is under
     * @return the view
     */
    static NoticeView of(Notice notice, String pointerPrefix) {
      return new NoticeView(
          notice.path().isEmpty() ? "" : JsonPointers.fromFindingPath(pointerPrefix, notice.path()),
          notice.datedOn().toString(), notice.message());
    }
  }

  /**
   * A rule of the catalogue.
   *
   * @param id the stable rule ID
   * @param severity its severity
   * @param ruleSet the code of the document it comes from
   * @param subject what it applies to
   * @param description what it checks
   * @param citation the passage it enforces
   */
  record RuleView(
      String id,
      Severity severity,
      String ruleSet,
      String subject,
      String description,
      CitationView citation) {

    static RuleView of(Rule rule) {
      return new RuleView(rule.id(), rule.severity(), rule.source().code(),
          rule.subject().name(), rule.description(), CitationView.of(rule.citation()));
    }
  }

  /**
   * The outcome of checking one input.
   *
   * @param file the file, or {@code bundled:NAME} for bundled sample data
   * @param type what the input was read as: pledge-registry, deployment-snapshot or un-statistics;
   *     null when it could not be told
   * @param asOf the evaluation date used
   * @param asOfDefault true when the date is the default (today), not given with --as-of
   * @param findings the rule findings
   * @param notices what was not evaluated, being dated after the evaluation date
   * @param problems the problems reading the input
   */
  record Outcome(
      String file,
      String type,
      String asOf,
      boolean asOfDefault,
      List<FindingView> findings,
      List<NoticeView> notices,
      List<ProblemView> problems) {

    /**
     * Counts the findings by severity, the notices and the problems.
     *
     * @return ERROR, WARNING, INFO, notices and problems, in that order
     */
    Map<String, Long> counts() {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Severity severity : Severity.values()) {
        counts.put(severity.name(), findings.stream().filter(f -> f.severity() == severity).count());
      }
      counts.put("notices", (long) notices.size());
      counts.put("problems", (long) problems.size());
      return counts;
    }

    /**
     * Returns the exit code this outcome calls for.
     *
     * @param failOn the failure threshold
     * @return 2 for a problem at ERROR, else 1 for a finding or a problem at or above the
     *     threshold, else 0
     */
    int exitCode(FailOn failOn) {
      if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
        return ExitCodes.INPUT;
      }
      boolean failing =
          findings.stream().anyMatch(f -> f.severity().isAtLeast(failOn.threshold()))
              || problems.stream().anyMatch(p -> p.severity().isAtLeast(failOn.threshold()));
      return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /**
     * Returns the outcome as the documented JSON object.
     *
     * @return file, type, asOf, asOfDefault, findings, notices, problems, counts
     */
    Map<String, Object> toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("file", file);
      json.put("type", type);
      json.put("asOf", asOf);
      json.put("asOfDefault", asOfDefault);
      json.put("findings", findings);
      json.put("notices", notices);
      json.put("problems", problems);
      json.put("counts", counts());
      return json;
    }
  }
}
