package io.github.peacekeeping.examples;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.TargetAssessment;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Two registries of pledges with readiness histories, assessed against the London 2016 readiness
 * targets (at least 12,000 troops and police at PCRS Level 3 or above, 4,000 of them at the Rapid
 * Deployment Level, by 31 December 2016) when asked in 2026.
 *
 * <p>What a newcomer learns here: that a pledge's readiness is a dated history of {@linkplain
 * ReadinessStep steps} (registered, Level 2 after its Assessment and Advisory Visit, Level 3 once
 * aligned with a Statement of Unit Requirements, the Rapid Deployment Level, a fall back to a
 * lower level, a withdrawal or an expiry); that a target whose deadline has passed is judged on
 * the levels in force <em>on the deadline</em>, not on today's, so a registry that reached 12,000
 * only in 2017 missed the target, and one that reached it in 2016 and fell below later met it;
 * that the levels of the evaluation date are given after the verdict, as information ({@link
 * AssessmentStage#SINCE_DEADLINE}, INFO); that each target finding carries a {@link
 * TargetAssessment} saying which figures it rests on ({@link TargetAssessment#figuresOn()}, {@link
 * TargetAssessment#stage()}) besides the actual count, the required count, the shortfall and the
 * deadline; and that {@link CommuniqueValidator#validateRegistry(Iterable, ValidationContext)}
 * validates each pledge and then the registry, while {@link
 * CommuniqueValidator#assessReadinessTargets(Iterable, ValidationContext)} only counts towards the
 * targets.
 *
 * <p>The pledges and their histories are ILLUSTRATIVE: made-up pledges whose contributors, units,
 * figures and dates are not those of the real PCRS, which is not public. The example says so in its
 * output too. The evaluation date is {@link #AS_OF}, chosen for the example: the library never
 * reads the clock.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am package -DskipTests
 * -DmainJob -Dexample=ReadinessTargetsRegistry}.
 */
public final class ReadinessTargetsRegistry {

  /** The evaluation date, chosen for the example: ten years after the London 2016 deadline. */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  /** The London 2016 readiness targets' deadline. */
  static final LocalDate DEADLINE = LocalDate.of(2016, 12, 31);

  /** ILLUSTRATIVE: every pledge was registered at Level 1 on this day. */
  private static final LocalDate REGISTERED = LocalDate.of(2016, 9, 30);

  /** ILLUSTRATIVE: the pledges still in the system were reconfirmed on this day. */
  private static final LocalDate RECONFIRMED = LocalDate.of(2026, 9, 1);

  /** ILLUSTRATIVE: the personnel of one battalion in these pledges, a gender adviser among them. */
  private static final PersonnelCount BATTALION = PersonnelCount.of(50, 800);

  private ReadinessTargetsRegistry() {}

  /**
   * Returns the ILLUSTRATIVE registry that reached 12,000 at Level 3 or above only in 2017: on the
   * deadline, 9,350 personnel at Level 3 or above (3,400 of them at the Rapid Deployment Level);
   * from 15 March 2017, when its fourth pledge reached Level 3, 12,750.
   *
   * @return the pledges, never null
   */
  static List<Pledge> lateRegistry() {
    return List.of(
        pledge("EXAMPLE-LATE-1", "Ghana", 4, true, history()
            .level2("2016-10-31").level3("2016-11-30").build()),
        pledge("EXAMPLE-LATE-2", "Nepal", 4, true, history()
            .level2("2016-10-31").level3("2016-11-30").rapidDeployment("2016-12-15").build()),
        pledge("EXAMPLE-LATE-3", "Rwanda", 3, true, history()
            .level2("2016-11-15").level3("2016-12-20").build()),
        // Level 3 two and a half months after the deadline: it counts in 2026, not on the deadline.
        pledge("EXAMPLE-LATE-4", "Uruguay", 4, true, history()
            .level2("2016-12-10").level3("2017-03-15").build()));
  }

  /**
   * Returns the ILLUSTRATIVE registry that met both targets in 2016 and later fell below them: on
   * the deadline, 13,600 personnel at Level 3 or above, 4,250 of them at the Rapid Deployment
   * Level; on {@link #AS_OF}, after a withdrawal, a fall back to Level 2 and an expiry, 3,400 at
   * Level 3 and none at the Rapid Deployment Level.
   *
   * @return the pledges, never null
   */
  static List<Pledge> fellBackRegistry() {
    return List.of(
        pledge("EXAMPLE-FELL-1", "Ghana", 4, true, history()
            .level2("2016-10-31").level3("2016-11-30").build()),
        pledge("EXAMPLE-FELL-2", "Nepal", 5, false, history()
            .level2("2016-10-31").level3("2016-11-15").rapidDeployment("2016-12-01")
            .left(ReadinessExit.WITHDRAWN, "2019-06-30").build()),
        // Back to Level 2 in 2018: its SUR alignment no longer held.
        pledge("EXAMPLE-FELL-3", "Rwanda", 3, true, history()
            .level2("2016-11-15").level3("2016-12-15").backToLevel2("2018-03-01").build()),
        pledge("EXAMPLE-FELL-4", "Uruguay", 4, false, history()
            .level2("2016-11-15").level3("2016-12-20")
            .left(ReadinessExit.EXPIRED, "2021-12-31").build()));
  }

  /** Starts an ILLUSTRATIVE history registered at Level 1 on {@link #REGISTERED}. */
  private static History history() {
    return new History();
  }

  /**
   * Builds a readiness history step by step, each level's step carrying the evidence of the levels
   * up to it (the PCRS levels are cumulative): the visit from Level 2 on, the SUR alignment from
   * Level 3 on, the commitment to deploy within 60 days at the Rapid Deployment Level.
   */
  private static final class History {
    private final List<ReadinessStep> steps = new ArrayList<>();
    private AssessmentVisit visit;
    private SurAlignment sur;

    History() {
      steps.add(ReadinessStep.reached(ReadinessLevel.LEVEL_1, REGISTERED));
    }

    History level2(String on) {
      LocalDate day = LocalDate.parse(on);
      visit = AssessmentVisit.of(day);
      steps.add(ReadinessStep.builder().on(day).level(ReadinessLevel.LEVEL_2).aav(visit).build());
      return this;
    }

    History level3(String on) {
      LocalDate day = LocalDate.parse(on);
      sur = SurAlignment.generic("SUR-INFANTRY-BATTALION-GENERIC", day);
      steps.add(ReadinessStep.builder().on(day).level(ReadinessLevel.LEVEL_3).aav(visit).sur(sur)
          .build());
      return this;
    }

    History rapidDeployment(String on) {
      LocalDate day = LocalDate.parse(on);
      steps.add(ReadinessStep.builder().on(day).level(ReadinessLevel.RAPID_DEPLOYMENT).aav(visit)
          .sur(sur).rapidDeployment(RapidDeploymentCommitment.of(60, day)).build());
      return this;
    }

    History backToLevel2(String on) {
      steps.add(ReadinessStep.builder().on(LocalDate.parse(on)).level(ReadinessLevel.LEVEL_2)
          .aav(visit).build());
      return this;
    }

    History left(ReadinessExit exit, String on) {
      steps.add(ReadinessStep.left(exit, LocalDate.parse(on)));
      return this;
    }

    Readiness build() {
      return Readiness.builder().addAllSteps(steps).build();
    }
  }

  private static Pledge pledge(String id, String state, int battalions, boolean reconfirmed,
      Readiness readiness) {
    MemberState contributor = MemberState.fromName(state);
    Pledge.Builder pledge = Pledge.builder()
        .id(id)
        .contributor(contributor)
        .conference(Conference.LONDON_2016)
        .pledgedOn(Conference.LONDON_2016.date())
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .readiness(readiness);
    for (int i = 1; i <= battalions; i++) {
      pledge.addUnit(Unit.builder()
          .id(id + "-INF-" + i)
          .type(UnitType.INFANTRY_BATTALION)
          .contributor(contributor)
          .status(DeploymentStatus.OFFERED)
          .personnel(BATTALION)
          .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1))
          .build());
    }
    if (reconfirmed) {
      pledge.addReconfirmations(RECONFIRMED);
    }
    return pledge.build();
  }

  /** Returns the context of the example: every rule set, as of {@link #AS_OF}. */
  static ValidationContext context() {
    return ValidationContext.asOf(AS_OF);
  }

  /**
   * Assesses a registry against the readiness targets only.
   *
   * @param registry the pledges
   * @return per target, the verdict on the deadline and the levels of {@link #AS_OF}, each with
   *     its assessment
   */
  static ValidationReport targets(List<Pledge> registry) {
    return CommuniqueValidator.create().assessReadinessTargets(registry, context());
  }

  /**
   * Prints both registries' histories and their targets: the verdict on the deadline's levels,
   * then the levels of the evaluation date.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    out.println("ILLUSTRATIVE registries: made-up pledges and readiness histories, not the real"
        + " PCRS (which is not public)");
    out.printf("London 2016 readiness targets, due %s, asked on %s (the evaluation date, chosen"
        + " for this example)%n", DEADLINE, AS_OF);
    out.println("A target whose deadline has passed is judged on the levels in force on the"
        + " deadline; the levels of the evaluation date follow, as information.");
    print(out, "Registry 1: reached 12,000 at Level 3 or above only in 2017", lateRegistry());
    print(out, "Registry 2: met both targets in 2016, fell below them later", fellBackRegistry());
  }

  private static void print(PrintStream out, String title, List<Pledge> registry) {
    out.printf("%n%s%n", title);
    for (Pledge pledge : registry) {
      out.printf(Locale.ROOT, "  %-14s %s %,6d  %s%n", pledge.id(),
          pledge.contributors().get(0).code(), pledge.personnel().total(),
          pledge.readiness().orElseThrow().steps().stream().map(ReadinessStep::toString)
              .collect(Collectors.joining(", ")));
    }
    ValidationReport full = CommuniqueValidator.create().validateRegistry(registry, context());
    long aboutPledges = full.findings().stream().filter(f -> f.assessment().isEmpty()).count();
    out.printf("  validateRegistry: %d findings about the pledges, %d about the registry's"
        + " targets%n", aboutPledges, full.findings().size() - aboutPledges);

    out.printf("  %-20s %-42s %10s %8s %9s  %s%n", "rule", "reading", "actual", "target",
        "shortfall", "severity");
    String previous = "";
    for (Finding finding : targets(registry).findings()) {
      TargetAssessment a = finding.assessment().orElseThrow();
      out.printf(Locale.ROOT, "  %-20s %-42s %,10d %,8d %,9d  %s%n",
          finding.ruleId().equals(previous) ? "" : finding.ruleId(), reading(a), a.actual(),
          a.required(), a.shortfall(), finding.severity());
      previous = finding.ruleId();
    }
    out.println("  In the library's words:");
    targets(registry).findings().forEach(f -> out.printf("    %s%n", f));
  }

  /**
   * Says which question an assessment answers, on which levels: "missed by 2016-12-31, on the
   * levels of 2016-12-31", "since the deadline, on the levels of 2026-12-01".
   *
   * @param a the assessment
   * @return the words, never null
   */
  static String reading(TargetAssessment a) {
    String on = "on the levels of " + a.figuresOn();
    return switch (a.stage()) {
      case AT_DEADLINE -> (a.met() ? "met by " : "missed by ") + a.deadline().orElseThrow() + ", "
          + on;
      case SINCE_DEADLINE -> "since the deadline, " + on;
      case PROGRESS -> "progress, " + on;
    };
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
