package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
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
   * Validates a pledge, its units included.
   *
   * @param pledge the pledge, not null
   * @param context the evaluation context, not null
   * @return the findings, never null
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(Pledge pledge, ValidationContext context) {
    List<Finding> findings = new ArrayList<>();
    collect(pledge, context, "", findings);
    return ValidationReport.of(Engine.sorted(findings));
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
   * Validates a mission against its mandate and capabilities.
   *
   * @param mission the mission profile, not null
   * @param context the evaluation context, not null
   * @return the findings, never null
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(MissionProfile mission, ValidationContext context) {
    return single(mission, context);
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
   * readiness targets ({@code LDN16-LEVEL3-12000}, {@code LDN16-RDL-4000}). For a registry too
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
    for (Pledge pledge : registry) {
      findings.addAll(assessment.accept(pledge).findings());
    }
    findings.addAll(assessment.finish().findings());
    return ValidationReport.of(findings);
  }

  /**
   * Assesses a registry against the readiness targets only ({@code LDN16-LEVEL3-12000}, {@code
   * LDN16-RDL-4000}), without validating each pledge: the fast path for target progress over a
   * large registry whose pledges were validated when they entered it.
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
   * or mission in it. Deadlines are compared with the snapshot's date, the date the figures
   * describe.
   *
   * @param snapshot the snapshot, not null
   * @param scope what to assess: the system, or each contributor, or each mission; not null
   * @param context the evaluation context, not null
   * @return one finding per target and subject, each with its assessment; never null
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport assessTargets(
      DeploymentSnapshot snapshot, TargetScope scope, ValidationContext context) {
    return ValidationReport.of(GenderTargetAssessor.assess(snapshot, scope, context));
  }

  void collect(Pledge pledge, ValidationContext context, String prefix, List<Finding> into) {
    Objects.requireNonNull(pledge, "pledge");
    Objects.requireNonNull(context, "context");
    Engine.validate(pledge, context, prefix, into);
    List<Unit> units = pledge.units();
    for (int i = 0; i < units.size(); i++) {
      Engine.validate(units.get(i), context, Engine.join(prefix, "units[" + i + "]"), into);
    }
  }

  private static ValidationReport single(Object value, ValidationContext context) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(context, "context");
    List<Finding> findings = new ArrayList<>();
    Engine.validate(value, context, "", findings);
    return ValidationReport.of(Engine.sorted(findings));
  }
}
