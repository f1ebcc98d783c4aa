package io.github.peacekeeping.cli;

import io.github.peacekeeping.cli.Views.NoticeView;
import io.github.peacekeeping.cli.Views.ProblemView;
import io.github.peacekeeping.validation.AssessmentStage;
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
 * @param date the date of the latest figures on or before the evaluation date (the snapshot's, or
 *     the statistics' month); null for a registry, or when there are none
 * @param scope SYSTEM, CONTRIBUTOR or MISSION
 * @param targets the targets assessed, in the validator's order
 * @param notices what was not evaluated, being dated after the evaluation date
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
    List<NoticeView> notices,
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
   * Tells whether a view since a deadline follows a verdict on the same target and subject.
   *
   * @param view a view of this outcome
   * @return true for a verdict, a progress view, or a view since a judged deadline
   */
  boolean judged(TargetView view) {
    return view.stage() != AssessmentStage.SINCE_DEADLINE
        || targets.stream().anyMatch(
            t -> t.stage() == AssessmentStage.AT_DEADLINE && t.sameTargetAs(view));
  }

  /**
   * Counts the targets by what they answer, then the notices and the problems. The figures since
   * a deadline are information and are not counted, except when there was no verdict.
   *
   * @return met (by the deadline, or already before it), missed (by the deadline), notYetMet
   *     (deadline ahead), notJudged (no figures by the deadline), notices, problems
   */
  Map<String, Long> counts() {
    long met = 0;
    long missed = 0;
    long notYetMet = 0;
    long notJudged = 0;
    for (TargetView target : targets) {
      switch (target.stage()) {
        case AT_DEADLINE -> {
          if (target.met()) {
            met++;
          } else {
            missed++;
          }
        }
        case PROGRESS -> {
          if (target.met()) {
            met++;
          } else if (target.deadline() == null) {
            missed++;
          } else {
            notYetMet++;
          }
        }
        case SINCE_DEADLINE -> {
          if (!judged(target)) {
            notJudged++;
          }
        }
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("met", met);
    counts.put("missed", missed);
    counts.put("notYetMet", notYetMet);
    counts.put("notJudged", notJudged);
    counts.put("notices", (long) notices.size());
    counts.put("problems", (long) problems.size());
    return counts;
  }

  /**
   * Returns the outcome as the documented JSON object.
   *
   * @return file, type, asOf, asOfDefault, date, scope, targets, notices, problems, counts
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
    json.put("notices", notices);
    json.put("problems", problems);
    json.put("counts", counts());
    return json;
  }
}
