package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.target.ReadinessTarget;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.target.Targets;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.FindingPath;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.TargetAssessment;
import io.github.peacekeeping.validation.ValidationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Running totals of pledged personnel by readiness level, for the readiness targets, on each day
 * the targets are read on (REQUIREMENTS §8.3): the evaluation date, and every deadline on or
 * before it. On each such day a pledge counts at the level its readiness history had then, if it
 * had been made by then; a pledge made after the evaluation date does not count at all.
 */
public final class ReadinessTally {

  private static final ReadinessLevel[] LEVELS = ReadinessLevel.values();

  private final LocalDate asOf;
  private final LocalDate[] days;
  /** personnel[day][level]: the personnel pledged at exactly that level on that day. */
  private final long[][] personnel;

  /**
   * Creates empty totals.
   *
   * @param asOf the evaluation date, not null
   */
  public ReadinessTally(LocalDate asOf) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    TreeSet<LocalDate> days = new TreeSet<>();
    for (ReadinessTarget target : Targets.readinessTargets()) {
      for (TargetDates.Reading reading : TargetDates.readings(target.deadline(), asOf)) {
        days.add(reading.figuresBy());
      }
    }
    this.days = days.toArray(LocalDate[]::new);
    this.personnel = new long[this.days.length][LEVELS.length];
  }

  /**
   * Adds a pledge's personnel, on each day the targets are read on, at the level its readiness
   * had on that day. A pledge made after the evaluation date, or not registered, adds nothing.
   *
   * @param pledge the pledge, not null
   */
  public void add(Pledge pledge) {
    if (!pledge.isMadeBy(asOf) || pledge.readiness().isEmpty()) {
      return;
    }
    long total = pledge.personnel().total();
    if (total == 0) {
      return;
    }
    Readiness readiness = pledge.readiness().get();
    for (int d = 0; d < days.length; d++) {
      LocalDate day = days[d];
      if (!pledge.isMadeBy(day)) {
        continue;
      }
      ReadinessLevel level = readiness.levelOn(day).orElse(null);
      if (level != null) {
        // The one sum in the library over an unbounded number of values (a stream of pledges).
        // Each pledge holds at most 2 * Bounds.MAX_PERSONNEL, so overflowing a long takes more
        // than 2.3 billion pledges of two billion personnel each, read in one stream: no registry
        // comes near it. addExact keeps even that case from wrapping round to a wrong total.
        personnel[d][level.ordinal()] = Math.addExact(personnel[d][level.ordinal()], total);
      }
    }
  }

  /**
   * Returns the personnel pledged at a level or above on the evaluation date.
   *
   * @param level the least level, not null
   * @return the personnel, zero or more
   */
  public long atOrAbove(ReadinessLevel level) {
    return atOrAbove(level, asOf);
  }

  private long atOrAbove(ReadinessLevel level, LocalDate day) {
    int d = Arrays.binarySearch(days, day);
    if (d < 0) {
      throw new IllegalArgumentException("day: not a day the targets are read on, was " + day);
    }
    long sum = 0;
    for (ReadinessLevel each : LEVELS) {
      if (each.isAtLeast(level)) {
        sum = Math.addExact(sum, personnel[d][each.ordinal()]); // as in add(Pledge)
      }
    }
    return sum;
  }

  /**
   * Assesses the totals against the readiness targets of the context's rule sets: per target,
   * progress before its deadline; on or after it, the verdict on the deadline's levels and, after
   * it, the evaluation date's levels as information.
   *
   * @param context the evaluation context, not null
   * @return the findings, in catalogue order, never null
   */
  public List<Finding> findings(ValidationContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ReadinessTarget target : Targets.readinessTargets()) {
      Rule rule = Rules.get(target.id());
      if (!context.includes(rule.source())) {
        continue;
      }
      for (TargetDates.Reading reading : TargetDates.readings(target.deadline(), asOf)) {
        long actual = atOrAbove(target.minimumLevel(), reading.figuresBy());
        TargetAssessment assessment = TargetAssessment.builder()
            .scope(TargetScope.SYSTEM)
            .actual(actual)
            .required(target.minimumPersonnel())
            .deadline(target.deadline())
            .figuresOn(reading.figuresBy())
            .stage(reading.stage())
            .build();
        findings.add(finding(rule, target, assessment));
      }
    }
    return findings;
  }

  private static Finding finding(Rule rule, ReadinessTarget target, TargetAssessment assessment) {
    String level = target.minimumLevel() == ReadinessLevel.RAPID_DEPLOYMENT
        ? "the Rapid Deployment Level"
        : "PCRS " + Text.level(target.minimumLevel()) + " or above";
    String message = Text.lead(assessment, true)
        + String.format(Locale.ROOT, "%s troops and police %s pledged at %s, ",
            Text.number(assessment.actual()), Text.verb(assessment), level)
        + (assessment.met()
            ? String.format(Locale.ROOT, "meeting the target of %s%s",
                Text.number(target.minimumPersonnel()), Text.deadline(assessment))
            : String.format(Locale.ROOT, "%s short of the target of %s%s",
                Text.number(assessment.shortfall()), Text.number(target.minimumPersonnel()),
                Text.deadline(assessment)));
    return Finding.builder()
        .ruleId(rule.id())
        .severity(TargetSeverity.of(rule, assessment))
        .path(FindingPath.root())
        .message(message)
        .citation(rule.citation())
        .assessment(assessment)
        .build();
  }
}
