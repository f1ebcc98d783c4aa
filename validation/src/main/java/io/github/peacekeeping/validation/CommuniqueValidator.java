package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.internal.Engine;
import io.github.peacekeeping.validation.internal.GenderTargetAssessor;
import io.github.peacekeeping.validation.internal.ReadinessTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entry point: checks a value, or a collection, against the communiqués' requirements.
 *
 * <pre>{@code
 * CommuniqueValidator validator = CommuniqueValidator.create();
 * ValidationReport report = validator.validate(unit, ValidationContext.asOf(LocalDate.of(2026, 11, 23)));
 * report.findings(Rules.LDN16_NIO); // the unit lacks a National Investigation Officer?
 * }</pre>
 *
 * <p>Rules of one value are Jakarta Bean Validation constraints run by one Hibernate Validator
 * factory built once per process; rules over many records (readiness and gender targets) are
 * assessed here and reported as findings with a {@link TargetAssessment}. A pledge is validated
 * together with its units ({@code units[0]...} in the findings' paths); a registry together with
 * each of its pledges ({@code [3].units[0]...}).
 *
 * <p>Findings come in a stable order: by the rule's place in the catalogue, then by path; a
 * registry's findings come pledge by pledge in registry order, then the targets.
 *
 * <p>This class is immutable and thread-safe: one instance can serve every thread.
 */
public final class CommuniqueValidator {

  private static final CommuniqueValidator INSTANCE = new CommuniqueValidator();

  private CommuniqueValidator() {}

  /**
   * Returns the validator. Every call returns the same instance, which shares the process-wide
   * Hibernate Validator factory.
   *
   * @return the validator, never null
   */
  public static CommuniqueValidator create() {
    return INSTANCE;
  }

  /**
   * Validates a pledge, its units included, as of the context's date ({@link
   * ValidationContext#asOf()}): a pledge made after that date is not evaluated, and the report
   * carries a {@link Notice} instead of findings.
   *
   * @param pledge the pledge, not null
   * @param context the evaluation context, not null
   * @return the findings, never null
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(Pledge pledge, ValidationContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    collect(pledge, context, FindingPath.root(), findings, notices);
    return ValidationReport.of(Engine.sorted(findings), notices);
  }

  /**
   * Validates a unit.
   *
   * @param unit the unit, not null
   * @param context the evaluation context, not null
   * @return the findings, never null
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(Unit unit, ValidationContext context) {
    return single(unit, context);
  }

  /**
   * Validates a mission against the mandate in force on the day its profile describes, and its
   * capabilities. A profile of a day after the context's date is not evaluated: the report carries
   * a {@link Notice} instead of findings.
   *
   * @param mission the mission profile, not null
   * @param context the evaluation context, not null
   * @return the findings, never null
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(MissionProfile mission, ValidationContext context) {
    Objects.requireNonNull(mission, "mission");
    Objects.requireNonNull(context, "context");
    if (mission.asOf().isAfter(context.asOf())) {
      return ValidationReport.of(List.of(), List.of(Notice.datedAfter(FindingPath.root(),
          "The profile of " + mission.mission().acronym() + ", dated", mission.asOf(),
          context.asOf())));
    }
    return single(mission, context);
  }

  /**
   * Validates a deployment record ({@code UNSC-MISSION-ACTIVE}: it counts personnel only in a
   * mission that operates on its date). A record dated after the context's date is not evaluated:
   * the report carries a {@link Notice} instead of findings.
   *
   * @param record the record, not null
   * @param context the evaluation context, not null
   * @return the findings, never null
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(DeploymentRecord record, ValidationContext context) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(context, "context");
    if (record.date().isAfter(context.asOf())) {
      return ValidationReport.of(List.of(), List.of(Notice.datedAfter(FindingPath.root(),
          "The deployment record " + record + ", dated", record.date(), context.asOf())));
    }
    return single(record, context);
  }

  /**
   * Validates a Member State's commitments (findings at INFO).
   *
   * @param commitments the commitments, not null
   * @param context the evaluation context, not null
   * @return the findings, never null
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(MemberStateCommitments commitments, ValidationContext context) {
    return single(commitments, context);
  }

  /**
   * Validates a registry of pledges: each pledge with its units, and the registry against the
   * readiness targets ({@code LDN16-LEVEL3-12000}, {@code LDN16-RDL-4000}), as of the context's
   * date ({@link ValidationContext#asOf()}): pledges made later are not evaluated (a {@link
   * Notice} each) and do not count; the targets are judged on the levels in force on their
   * deadline once it has passed. For a registry too
   * large to hold in memory, feed a {@link #registryAssessment(ValidationContext)} instead.
   *
   * @param registry the pledges, not null, without null elements
   * @param context the evaluation context, not null
   * @return the findings, never null
   * @throws NullPointerException if an argument or an element is null
   */
  public ValidationReport validateRegistry(Iterable<Pledge> registry, ValidationContext context) {
    RegistryAssessment assessment = registryAssessment(context);
    List<Finding> findings = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    for (Pledge pledge : registry) {
      ValidationReport report = assessment.accept(pledge);
      findings.addAll(report.findings());
      notices.addAll(report.notices());
    }
    findings.addAll(assessment.finish().findings());
    return ValidationReport.of(findings, notices);
  }

  /**
   * Assesses a registry against the readiness targets only ({@code LDN16-LEVEL3-12000}, {@code
   * LDN16-RDL-4000}), without validating each pledge: the fast path for target progress over a
   * large registry whose pledges were validated when they entered it. The levels counted are those
   * in force on the days {@link ValidationContext#asOf()} names: the evaluation date, and each
   * deadline on or before it.
   *
   * @param registry the pledges, not null, without null elements
   * @param context the evaluation context, not null
   * @return one finding per target, each with its assessment; never null
   * @throws NullPointerException if an argument or an element is null
   */
  public ValidationReport assessReadinessTargets(Iterable<Pledge> registry, ValidationContext context) {
    Objects.requireNonNull(context, "context");
    ReadinessTally tally = new ReadinessTally(context.asOf());
    for (Pledge pledge : registry) {
      tally.add(Objects.requireNonNull(pledge, "registry: must not contain null"));
    }
    return ValidationReport.of(tally.findings(context));
  }

  /**
   * Starts an incremental registry assessment: feed it the pledges one at a time (each is validated
   * at once and then let go), and finish it for the readiness targets.
   *
   * @param context the evaluation context, not null
   * @return a new assessment, never null
   * @throws NullPointerException if {@code context} is null
   */
  public RegistryAssessment registryAssessment(ValidationContext context) {
    return new RegistryAssessment(this, context);
  }

  /**
   * Assesses a snapshot of deployed personnel against the gender targets of the context's rule sets
   * ({@code LDN16-WOMEN-POLICE-20}, {@code LDN16-WOMEN-SO-MO-15}, {@code LDN16-DOUBLE-WOMEN-2020}
   * when a baseline is given, {@code UGPS28-TARGETS}), for the whole system or for each contributor
   * or mission in it: the series of {@link #assessTargets(Iterable, TargetScope,
   * ValidationContext)} with one snapshot. Records in a mission that did not operate on the
   * snapshot's date are reported ({@code UNSC-MISSION-ACTIVE}, paths {@code records[i]}) and not
   * counted.
   *
   * @param snapshot the snapshot, dated on or before the context's date, not null
   * @param scope what to assess: the system, or each contributor, or each mission; not null
   * @param context the evaluation context, not null
   * @return the findings, each target's with its assessment; never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the snapshot is dated after the context's date
   */
  public ValidationReport assessTargets(
      DeploymentSnapshot snapshot, TargetScope scope, ValidationContext context) {
    Objects.requireNonNull(snapshot, "snapshot");
    return ValidationReport.of(
        GenderTargetAssessor.assess(List.of(snapshot), true, scope, context));
  }

  /**
   * Assesses a series of snapshots against the gender targets of the context's rule sets, as of the
   * context's date D ({@link ValidationContext#asOf()}). For a target whose deadline is after D,
   * progress on the latest snapshot. For one whose deadline T is on or before D, the verdict on the
   * latest snapshot dated on or before T (met, or missed at the rule's severity, WARNING per
   * contributor or mission), then the latest snapshot's figures as information when they are of a
   * later day. Records in a mission that did not operate on their snapshot's date are reported
   * ({@code UNSC-MISSION-ACTIVE}, paths {@code [k].records[i]}, k the snapshot's place in date
   * order) and not counted.
   *
   * @param snapshots the snapshots, not null, without null elements, not empty, each dated on or
   *     before the context's date, no two on one day, in any order
   * @param scope what to assess: the system, or each contributor, or each mission; not null
   * @param context the evaluation context, not null
   * @return the findings, each target's with its assessment; never null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the series is empty, a snapshot is dated after the
   *     context's date (the question is what held on that date), or two snapshots share a day
   */
  public ValidationReport assessTargets(
      Iterable<DeploymentSnapshot> snapshots, TargetScope scope, ValidationContext context) {
    return ValidationReport.of(GenderTargetAssessor.assess(snapshots, false, scope, context));
  }

  /**
   * Validates a pledge with its units into the lists, or, for a pledge made after the evaluation
   * date, adds a notice instead; returns whether it was evaluated.
   */
  boolean collect(Pledge pledge, ValidationContext context, FindingPath prefix, List<Finding> into,
      List<Notice> notices) {
    Objects.requireNonNull(pledge, "pledge");
    Objects.requireNonNull(context, "context");
    if (!pledge.isMadeBy(context.asOf())) {
      notices.add(Notice.datedAfter(prefix, "Pledge " + pledge.id() + ", made", pledge.pledgedOn(),
          context.asOf()));
      return false;
    }
    Engine.validate(pledge, context, prefix, into);
    List<Unit> units = pledge.units();
    for (int i = 0; i < units.size(); i++) {
      Engine.validate(units.get(i), context, prefix.property("units").index(i), into);
    }
    return true;
  }

  private static ValidationReport single(Object value, ValidationContext context) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(context, "context");
    List<Finding> findings = new ArrayList<>();
    Engine.validate(value, context, FindingPath.root(), findings);
    return ValidationReport.of(Engine.sorted(findings));
  }
}
