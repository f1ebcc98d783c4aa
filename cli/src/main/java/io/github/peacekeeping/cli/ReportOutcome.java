package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.validation.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of the {@code report} command on one input.
 *
 * @param file the file, or {@code bundled:NAME}
 * @param type pledge-registry, deployment-snapshot or un-statistics; null when it could not be told
 * @param asOf the evaluation date used
 * @param asOfDefault true when the date is the default (today)
 * @param date the date of the figures (the snapshot's, or the statistics' month); null for a
 *     registry
 * @param scope SYSTEM, CONTRIBUTOR or MISSION
 * @param targets the targets assessed
 * @param problems the problems reading the input
 */
record ReportOutcome(
    String file,
    String type,
    String asOf,
    boolean asOfDefault,
    String date,
    String scope,
    List<TargetView> targets,
    List<ProblemView> problems) {

  /**
   * Returns the exit code this outcome calls for.
   *
   * @param failOn the failure threshold
   * @return 2 for a problem at ERROR, else 1 for a target finding (or problem) at or above the
   *     threshold, else 0
   */
  int exitCode(FailOn failOn) {
    if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      return ExitCodes.INPUT;
    }
    boolean failing = targets.stream().anyMatch(t -> t.severity().isAtLeast(failOn.threshold()))
        || problems.stream().anyMatch(p -> p.severity().isAtLeast(failOn.threshold()));
    return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  /**
   * Counts the targets met and missed, and the problems.
   *
   * @return met, missed, problems
   */
  Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("met", targets.stream().filter(TargetView::met).count());
    counts.put("missed", targets.stream().filter(t -> !t.met()).count());
    counts.put("problems", (long) problems.size());
    return counts;
  }

  /**
   * Returns the outcome as the documented JSON object.
   *
   * @return file, type, asOf, asOfDefault, date, scope, targets, problems, counts
   */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", file);
    json.put("type", type);
    json.put("asOf", asOf);
    json.put("asOfDefault", asOfDefault);
    json.put("date", date);
    json.put("scope", scope);
    json.put("targets", targets);
    json.put("problems", problems);
    json.put("counts", counts());
    return json;
  }
}
