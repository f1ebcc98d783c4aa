package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.target.GenderTarget;
import io.github.peacekeeping.core.target.GrowthTarget;
import io.github.peacekeeping.core.target.ShareTarget;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.target.Targets;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;
import io.github.peacekeeping.validation.ValidationContext;
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

/** Assesses a deployment snapshot against the gender targets, per system, contributor or mission. */
public final class GenderTargetAssessor {

  private GenderTargetAssessor() {}

  /**
   * Assesses a snapshot.
   *
   * @param snapshot the snapshot, not null
   * @param scope what to assess, not null
   * @param context the evaluation context, not null
   * @return the findings, one per target and subject, in catalogue then subject order
   */
  public static List<Finding> assess(
      DeploymentSnapshot snapshot, TargetScope scope, ValidationContext context) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(context, "context");
    List<GenderTarget> targets = new ArrayList<>(Targets.genderTargets());
    targets.addAll(context.interimTargets());
    List<Finding> findings = new ArrayList<>();
    for (GenderTarget target : targets) {
      Rule rule = Rules.find(target.id()).orElseGet(() -> Rules.get(Rules.UGPS28_TARGETS));
      if (!context.includes(rule.source())) {
        continue;
      }
      if (target instanceof ShareTarget share) {
        for (Map.Entry<String, PersonnelCount> subject :
            subjects(snapshot, scope, share.categories()).entrySet()) {
          shareFinding(rule, share, scope, subject.getKey(), subject.getValue(), snapshot)
              .ifPresent(findings::add);
        }
      } else if (target instanceof GrowthTarget growth
          && scope == TargetScope.SYSTEM
          && context.womenBaseline().isPresent()) {
        findings.add(growthFinding(rule, growth, context.womenBaseline().getAsLong(), snapshot));
      }
    }
    return findings;
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
      DeploymentSnapshot snapshot) {
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
        .deadline(target.deadline());
    if (!subject.isEmpty()) {
      assessment.subject(subject);
    }
    TargetAssessment built = assessment.build();
    Severity severity = TargetSeverity.of(rule, built, scope, snapshot.date());
    String who = subject.isEmpty() ? "" : subject + ": ";
    String what = target.description();
    String message = built.met()
        ? String.format(Locale.ROOT,
            "%swomen are %s of %s (%s), meeting the %s target%s (%s)", who,
            Text.number(built.actual()), Text.number(personnel.total()),
            Text.percent(built.actualShare().orElseThrow()), Text.percent(target.minimumShare()),
            Text.deadline(built), what)
        : String.format(Locale.ROOT,
            "%swomen are %s of %s (%s), %s short of the %s target%s (%s)", who,
            Text.number(built.actual()), Text.number(personnel.total()),
            Text.percent(built.actualShare().orElseThrow()), Text.number(built.shortfall()),
            Text.percent(target.minimumShare()), Text.deadline(built), what);
    return Optional.of(finding(rule, severity, message, built));
  }

  private static Finding growthFinding(
      Rule rule, GrowthTarget target, long baseline, DeploymentSnapshot snapshot) {
    PersonnelCount personnel = snapshot.total(target.categories());
    TargetAssessment assessment = TargetAssessment.builder()
        .scope(TargetScope.SYSTEM)
        .actual(personnel.women())
        .required(target.requiredWomen(baseline))
        .deadline(target.deadline())
        .build();
    Severity severity = TargetSeverity.of(rule, assessment, TargetScope.SYSTEM, snapshot.date());
    // Locale.ROOT: the factor is formatted with %d, which the default locale could write in
    // other digits (Arabic-Indic under ar-EG, for one).
    String message = String.format(Locale.ROOT,
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
        .path(assessment.subject().orElse(""))
        .message(message)
        .citation(rule.citation())
        .assessment(assessment)
        .build();
  }
}
