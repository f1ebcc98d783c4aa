package io.github.peacekeeping.cli;

import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One target assessed, as the {@code report} command prints it. Null components are left out of
 * the JSON output.
 *
 * @param ruleId the target's rule
 * @param severity the finding's severity: INFO when met, WARNING before the deadline, ERROR after
 * @param scope SYSTEM, CONTRIBUTOR or MISSION
 * @param subject the contributor's code or mission's acronym; null system-wide
 * @param actual the count achieved (women, or personnel pledged at a level)
 * @param required the count the target requires
 * @param population the personnel the share is of, for share targets; null otherwise
 * @param actualShare the share achieved, as a percentage with one decimal; null if not a share
 * @param targetShare the share required, as a percentage; null if not a share target
 * @param deadline the target's deadline (ISO date); null if none
 * @param met whether the target is met
 * @param shortfall how many are missing, 0 when met
 * @param message the finding's message
 */
record TargetView(
    String ruleId,
    Severity severity,
    String scope,
    String subject,
    long actual,
    long required,
    Long population,
    String actualShare,
    String targetShare,
    String deadline,
    boolean met,
    long shortfall,
    String message) {

  /**
   * Returns the view of a target finding.
   *
   * @param finding a finding that carries an assessment
   * @return the view
   */
  static TargetView of(Finding finding) {
    TargetAssessment a = finding.assessment().orElseThrow(
        () -> new IllegalArgumentException("finding: not a target assessment, was " + finding));
    return new TargetView(
        finding.ruleId(),
        finding.severity(),
        a.scope().name(),
        a.subject().orElse(null),
        a.actual(),
        a.required(),
        a.population().isPresent() ? a.population().getAsLong() : null,
        a.actualShare().map(TargetView::percent).orElse(null),
        a.targetShare().map(TargetView::percent).orElse(null),
        a.deadline().map(Object::toString).orElse(null),
        a.met(),
        a.shortfall(),
        finding.message());
  }

  private static String percent(Share share) {
    return String.format(Locale.ROOT, "%s%%",
        share.toPercent(1, RoundingMode.HALF_EVEN).toPlainString());
  }
}
