package io.github.peacekeeping.examples;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.TargetAssessment;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A registry of pledges assessed against the London 2016 readiness targets: at least 12,000 troops
 * and police at PCRS Level 3 or above, 4,000 of them at the Rapid Deployment Level, by 31 December
 * 2016.
 *
 * <p>What a newcomer learns here: that the targets are a property of a whole registry, not of a
 * pledge; that {@link CommuniqueValidator#validateRegistry(Iterable, ValidationContext)} validates
 * each pledge and then the registry, while {@link
 * CommuniqueValidator#assessReadinessTargets(Iterable, ValidationContext)} only counts towards the
 * targets; and that each target finding carries a {@link TargetAssessment} with the actual count,
 * the required count, the shortfall and the deadline.
 *
 * <p>The pledges are ILLUSTRATIVE: three made-up pledges whose contributors, units and figures are
 * not those of the real PCRS, which is not public. The example says so in its output too. The
 * assessment is as of 1 January 2017, the day after the deadline.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am package -DskipTests
 * -DmainJob -Dexample=ReadinessTargetsRegistry}.
 */
public final class ReadinessTargetsRegistry {

  /** The evaluation date: the day after the London 2016 deadline. */
  static final LocalDate AS_OF = LocalDate.of(2017, 1, 1);

  private ReadinessTargetsRegistry() {}

  /**
   * Returns the illustrative registry: 1,700 personnel at Level 3 or above, 850 of them at the
   * Rapid Deployment Level, and one pledge at Level 1 that counts towards neither target.
   */
  static List<Pledge> registry() {
    return List.of(
        pledge("EXAMPLE-1", "Ghana", UnitType.INFANTRY_BATTALION, PersonnelCount.of(50, 800),
            ReadinessLevel.RAPID_DEPLOYMENT),
        pledge("EXAMPLE-2", "Nepal", UnitType.INFANTRY_BATTALION, PersonnelCount.of(40, 810),
            ReadinessLevel.LEVEL_3),
        pledge("EXAMPLE-3", "Uruguay", UnitType.ENGINEER_COMPANY, PersonnelCount.of(10, 140),
            ReadinessLevel.LEVEL_1));
  }

  private static Pledge pledge(
      String id, String state, UnitType type, PersonnelCount personnel, ReadinessLevel level) {
    MemberState contributor = MemberState.fromName(state);
    Readiness.Builder readiness = Readiness.builder().level(level)
        .registeredOn(LocalDate.of(2016, 9, 30));
    if (level.isAtLeast(ReadinessLevel.LEVEL_2)) {
      readiness.aavDate(LocalDate.of(2016, 11, 1));
    }
    if (level.isAtLeast(ReadinessLevel.LEVEL_3)) {
      readiness.surReference("SUR-" + type.code());
    }
    if (level == ReadinessLevel.RAPID_DEPLOYMENT) {
      readiness.rapidDeploymentDays(60);
    }
    return Pledge.builder()
        .id(id)
        .contributor(contributor)
        .conference(Conference.LONDON_2016)
        .pledgedOn(Conference.LONDON_2016.date())
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .addUnit(Unit.builder()
            .id(id + "-UNIT")
            .type(type)
            .contributor(contributor)
            .status(DeploymentStatus.OFFERED)
            .personnel(personnel)
            .build())
        .readiness(readiness.build())
        .build();
  }

  /** Returns the context of the example: every rule set, as of {@link #AS_OF}. */
  static ValidationContext context() {
    return ValidationContext.asOf(AS_OF);
  }

  /**
   * Assesses the registry against the readiness targets only.
   *
   * @return one finding per target, each with its assessment
   */
  static ValidationReport targets() {
    return CommuniqueValidator.create().assessReadinessTargets(registry(), context());
  }

  /**
   * Prints the registry's findings and its progress towards the targets.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    out.println("ILLUSTRATIVE registry: made-up pledges, not the real PCRS (which is not public)");
    out.printf("London 2016 readiness targets as of %s%n", AS_OF);
    ValidationReport full = CommuniqueValidator.create().validateRegistry(registry(), context());
    out.printf("%nvalidateRegistry: %d findings (each pledge, then the registry)%n",
        full.findings().size());
    full.findings().forEach(f -> out.printf("  %s%n", f));

    out.printf("%nassessReadinessTargets%n");
    out.printf("  %-20s %8s %8s %9s %11s%n", "rule", "actual", "target", "shortfall", "deadline");
    for (Finding finding : targets().findings()) {
      TargetAssessment a = finding.assessment().orElseThrow();
      out.printf(Locale.ROOT, "  %-20s %,8d %,8d %,9d %11s%n", finding.ruleId(), a.actual(),
          a.required(), a.shortfall(), a.deadline().map(LocalDate::toString).orElse("-"));
    }
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
