package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.target.ReadinessTarget;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.target.Targets;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;
import io.github.peacekeeping.validation.ValidationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Running totals of pledged personnel by readiness level, for the readiness targets. Pledges made
 * after the evaluation date do not count.
 */
public final class ReadinessTally {

  private final LocalDate asOf;
  private final Map<ReadinessLevel, Long> personnelByLevel = new EnumMap<>(ReadinessLevel.class);

  /**
   * Creates empty totals.
   *
   * @param asOf the evaluation date, not null
   */
  public ReadinessTally(LocalDate asOf) {
    this.asOf = asOf;
  }

  /**
   * Adds a pledge's personnel at its readiness level, if it is registered and made by the
   * evaluation date.
   *
   * @param pledge the pledge, not null
   */
  public void add(Pledge pledge) {
    if (pledge.pledgedOn().isAfter(asOf) || pledge.readiness().isEmpty()) {
      return;
    }
    Readiness readiness = pledge.readiness().get();
    long personnel = pledge.personnel().total();
    if (personnel > 0) {
      personnelByLevel.merge(readiness.level(), personnel, Math::addExact);
    }
  }

  /**
   * Returns the personnel pledged at a level or above.
   *
   * @param level the least level, not null
   * @return the personnel, zero or more
   */
  public long atOrAbove(ReadinessLevel level) {
    long sum = 0;
    for (Map.Entry<ReadinessLevel, Long> entry : personnelByLevel.entrySet()) {
      if (entry.getKey().isAtLeast(level)) {
        sum = Math.addExact(sum, entry.getValue());
      }
    }
    return sum;
  }

  /**
   * Assesses the totals against the readiness targets of the context's rule sets.
   *
   * @param context the evaluation context, not null
   * @return one finding per target, never null
   */
  public List<Finding> findings(ValidationContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ReadinessTarget target : Targets.readinessTargets()) {
      Rule rule = Rules.get(target.id());
      if (!context.includes(rule.source())) {
        continue;
      }
      long actual = atOrAbove(target.minimumLevel());
      TargetAssessment assessment = TargetAssessment.builder()
          .scope(TargetScope.SYSTEM)
          .actual(actual)
          .required(target.minimumPersonnel())
          .deadline(target.deadline())
          .build();
      Severity severity = TargetSeverity.of(rule, assessment, TargetScope.SYSTEM, asOf);
      String level = target.minimumLevel() == ReadinessLevel.RAPID_DEPLOYMENT
          ? "the Rapid Deployment Level"
          : "PCRS " + Text.level(target.minimumLevel()) + " or above";
      String message = assessment.met()
          ? String.format(Locale.ROOT,
              "%s troops and police pledged at %s meet the target of %s%s",
              Text.number(actual), level, Text.number(target.minimumPersonnel()),
              Text.deadline(assessment))
          : String.format(Locale.ROOT,
              "%s troops and police pledged at %s: %s short of the target of %s%s",
              Text.number(actual), level, Text.number(assessment.shortfall()),
              Text.number(target.minimumPersonnel()), Text.deadline(assessment));
      findings.add(Finding.builder()
          .ruleId(rule.id())
          .severity(severity)
          .path("")
          .message(message)
          .citation(rule.citation())
          .assessment(assessment)
          .build());
    }
    return findings;
  }
}
