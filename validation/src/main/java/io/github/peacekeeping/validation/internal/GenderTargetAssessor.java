package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.target.GenderTarget;
import io.github.peacekeeping.core.target.GrowthTarget;
import io.github.peacekeeping.core.target.ShareTarget;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.target.Targets;
import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.FindingPath;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;
import io.github.peacekeeping.validation.ValidationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Assesses deployment snapshots against the gender targets, per system, contributor or mission, as
 * of an evaluation date (REQUIREMENTS §8.3): progress on the latest snapshot before a deadline;
 * once it has passed, the verdict on the latest snapshot dated on or before it and the latest
 * snapshot as information. Records in a mission that did not operate on their date are reported
 * under {@code UNSC-MISSION-ACTIVE} and not counted.
 */
public final class GenderTargetAssessor {

  private GenderTargetAssessor() {}

  /**
   * Assesses a series of snapshots.
   *
   * @param series the snapshots, not null, without null elements, not empty, each dated on or
   *     before the evaluation date, no two on one day, in any order
   * @param single whether the caller gave one snapshot (record paths {@code records[i]}) or a
   *     series (paths {@code [k].records[i]}, k the snapshot's place in date order)
   * @param scope what to assess, not null
   * @param context the evaluation context, not null
   * @return the findings: records outside their mission's life first, then per target (in
   *     catalogue order) and reading, one per subject in subject order
   * @throws IllegalArgumentException if the series is empty, a snapshot is dated after the
   *     evaluation date, or two share a day
   */
  public static List<Finding> assess(Iterable<DeploymentSnapshot> series, boolean single,
      TargetScope scope, ValidationContext context) {
    Objects.requireNonNull(series, "snapshots");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(context, "context");
    List<DeploymentSnapshot> snapshots = new ArrayList<>();
    for (DeploymentSnapshot snapshot : series) {
      snapshots.add(Objects.requireNonNull(snapshot, "snapshots: must not contain null"));
    }
    if (snapshots.isEmpty()) {
      throw new IllegalArgumentException("snapshots: must not be empty, was []");
    }
    snapshots.sort(Comparator.comparing(DeploymentSnapshot::date));
    LocalDate asOf = context.asOf();
    for (int k = 0; k < snapshots.size(); k++) {
      LocalDate date = snapshots.get(k).date();
      if (date.isAfter(asOf)) {
        throw new IllegalArgumentException("snapshots: the figures of " + date
            + " are after the evaluation date " + asOf + "; only figures dated on or before it"
            + " describe what held on " + asOf);
      }
      if (k > 0 && date.equals(snapshots.get(k - 1).date())) {
        throw new IllegalArgumentException(
            "snapshots: two snapshots are dated " + date + "; a series has one per day");
      }
    }
    List<Finding> findings = new ArrayList<>();
    List<DeploymentSnapshot> counted = new ArrayList<>(snapshots.size());
    for (int k = 0; k < snapshots.size(); k++) {
      counted.add(withoutClosedMissions(snapshots.get(k), single ? FindingPath.root() : FindingPath.root().index(k), context,
          findings));
    }
    List<GenderTarget> targets = new ArrayList<>(Targets.genderTargets());
    targets.addAll(context.interimTargets());
    for (GenderTarget target : targets) {
      Rule rule = Rules.find(target.id()).orElseGet(() -> Rules.get(Rules.UGPS28_TARGETS));
      if (!context.includes(rule.source())) {
        continue;
      }
      if (target instanceof GrowthTarget && (scope != TargetScope.SYSTEM
          || context.womenBaseline().isEmpty())) {
        continue;
      }
      DeploymentSnapshot verdict = null;
      for (TargetDates.Reading reading : TargetDates.readings(target.deadline(), asOf)) {
        DeploymentSnapshot snapshot = latestBy(counted, reading.figuresBy());
        if (reading.stage() == AssessmentStage.AT_DEADLINE) {
          verdict = snapshot;
          if (snapshot == null) {
            continue;
          }
        } else if (reading.stage() == AssessmentStage.SINCE_DEADLINE && snapshot == verdict) {
          continue; // the latest figures are the deadline's: the verdict says it all
        }
        boolean judged = reading.stage() != AssessmentStage.SINCE_DEADLINE || verdict != null;
        assess(rule, target, snapshot, reading.stage(), judged, scope, context, findings);
      }
    }
    return findings;
  }

  /** The latest snapshot dated on or before a day, or null. */
  private static DeploymentSnapshot latestBy(List<DeploymentSnapshot> snapshots, LocalDate day) {
    DeploymentSnapshot latest = null;
    for (DeploymentSnapshot snapshot : snapshots) {
      if (!snapshot.date().isAfter(day)) {
        latest = snapshot;
      }
    }
    return latest;
  }

  /**
   * The snapshot without its records in missions that did not operate on its date, each reported
   * under UNSC-MISSION-ACTIVE when the context's rule sets include it; with them otherwise.
   */
  private static DeploymentSnapshot withoutClosedMissions(DeploymentSnapshot snapshot,
      FindingPath prefix, ValidationContext context, List<Finding> findings) {
    if (!context.includes(Rules.get(Rules.UNSC_MISSION_ACTIVE).source())) {
      return snapshot;
    }
    List<DeploymentRecord> records = snapshot.records();
    List<DeploymentRecord> kept = null;
    for (int i = 0; i < records.size(); i++) {
      DeploymentRecord record = records.get(i);
      if (MissionLife.counts(record)) {
        if (kept != null) {
          kept.add(record);
        }
        continue;
      }
      if (kept == null) {
        kept = new ArrayList<>(records.subList(0, i));
      }
      Engine.validate(record, context, prefix.property("records").index(i), findings);
    }
    return kept == null ? snapshot : DeploymentSnapshot.of(snapshot.date(), kept);
  }

  private static void assess(Rule rule, GenderTarget target, DeploymentSnapshot snapshot,
      AssessmentStage stage, boolean judged, TargetScope scope, ValidationContext context,
      List<Finding> findings) {
    if (target instanceof ShareTarget share) {
      for (Map.Entry<String, PersonnelCount> subject :
          subjects(snapshot, scope, share.categories()).entrySet()) {
        shareFinding(rule, share, scope, subject.getKey(), subject.getValue(), snapshot.date(),
            stage, judged).ifPresent(findings::add);
      }
    } else if (target instanceof GrowthTarget growth) {
      findings.add(growthFinding(rule, growth, context.womenBaseline().getAsLong(), snapshot,
          stage, judged));
    }
  }

  /** The personnel of the target's categories for each subject of the scope, keyed by code. */
  private static Map<String, PersonnelCount> subjects(
      DeploymentSnapshot snapshot, TargetScope scope, Set<PersonnelCategory> categories) {
    return switch (scope) {
      case SYSTEM -> {
        Map<String, PersonnelCount> all = new TreeMap<>();
        all.put("", snapshot.total(categories));
        yield all;
      }
      case CONTRIBUTOR -> snapshot.byContributor(categories).entrySet().stream()
          .collect(Collectors.toMap(e -> e.getKey().code(), Map.Entry::getValue,
              PersonnelCount::plus, TreeMap::new));
      case MISSION -> snapshot.byMission(categories).entrySet().stream()
          .collect(Collectors.toMap(e -> e.getKey().acronym(), Map.Entry::getValue,
              PersonnelCount::plus, TreeMap::new));
    };
  }

  private static Optional<Finding> shareFinding(
      Rule rule,
      ShareTarget target,
      TargetScope scope,
      String subject,
      PersonnelCount personnel,
      LocalDate figuresOn,
      AssessmentStage stage,
      boolean judged) {
    if (personnel.isZero()) {
      return Optional.empty();
    }
    TargetAssessment.Builder assessment = TargetAssessment.builder()
        .scope(scope)
        .actual(personnel.women())
        .required(target.requiredWomen(personnel.total()))
        .population(personnel.total())
        .actualShare(personnel.shareOfWomen())
        .targetShare(target.minimumShare())
        .deadline(target.deadline())
        .figuresOn(figuresOn)
        .stage(stage);
    if (!subject.isEmpty()) {
      assessment.subject(subject);
    }
    TargetAssessment built = assessment.build();
    Severity severity = TargetSeverity.of(rule, built);
    String who = subject.isEmpty() ? "" : subject + ": ";
    String what = target.description();
    String lead = Text.lead(built, judged);
    if (!who.isEmpty()) {
      lead = who + Character.toLowerCase(lead.charAt(0)) + lead.substring(1);
    }
    String message = lead + (built.met()
        ? String.format(Locale.ROOT,
            "women %s %s of %s (%s), meeting the %s target%s (%s)", Text.verb(built),
            Text.number(built.actual()), Text.number(personnel.total()),
            Text.percent(built.actualShare().orElseThrow()), Text.percent(target.minimumShare()),
            Text.deadline(built), what)
        : String.format(Locale.ROOT,
            "women %s %s of %s (%s), %s short of the %s target%s (%s)", Text.verb(built),
            Text.number(built.actual()), Text.number(personnel.total()),
            Text.percent(built.actualShare().orElseThrow()), Text.number(built.shortfall()),
            Text.percent(target.minimumShare()), Text.deadline(built), what));
    return Optional.of(finding(rule, severity, message, built));
  }

  private static Finding growthFinding(Rule rule, GrowthTarget target, long baseline,
      DeploymentSnapshot snapshot, AssessmentStage stage, boolean judged) {
    PersonnelCount personnel = snapshot.total(target.categories());
    TargetAssessment assessment = TargetAssessment.builder()
        .scope(TargetScope.SYSTEM)
        .actual(personnel.women())
        .required(target.requiredWomen(baseline))
        .deadline(target.deadline())
        .figuresOn(snapshot.date())
        .stage(stage)
        .build();
    Severity severity = TargetSeverity.of(rule, assessment);
    // Locale.ROOT: the factor is formatted with %d, which the default locale could write in
    // other digits (Arabic-Indic under ar-EG, for one).
    String message = Text.lead(assessment, judged) + String.format(Locale.ROOT,
        "%s women in %s, against %s required (%d times the baseline of %s)%s%s",
        Text.number(assessment.actual()), categories(target.categories()),
        Text.number(assessment.required()), target.factor(), Text.number(baseline),
        Text.deadline(assessment),
        assessment.met() ? "" : ": " + Text.number(assessment.shortfall()) + " short");
    return finding(rule, severity, message, assessment);
  }

  private static String categories(Set<PersonnelCategory> categories) {
    return categories.stream()
        .sorted(Comparator.naturalOrder())
        .map(c -> c.unLabel().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" and "));
  }

  private static Finding finding(
      Rule rule, Severity severity, String message, TargetAssessment assessment) {
    return Finding.builder()
        .ruleId(rule.id())
        .severity(severity)
        .path(assessment.subject().map(FindingPath.root()::property).orElse(FindingPath.root()))
        .message(message)
        .citation(rule.citation())
        .assessment(assessment)
        .build();
  }
}
