package io.github.peacekeeping.examples;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Set;

/**
 * A capability pledge checked against the London 2016 communiqué and the PCRS guidelines.
 *
 * <p>What a newcomer learns here: how to build a {@link Pledge} with a {@link Unit} and a PCRS
 * {@link Readiness} history: the {@linkplain ReadinessStep steps} it went through (registered at
 * Level 1, Level 2 after a successful Assessment and Advisory Visit, Level 3 once aligned with a
 * Statement of Unit Requirements), each dated and carrying its evidence, which predates it; that
 * the rules read the step in force on the evaluation date, so the levels are cumulative and the
 * Level 3 step carries the visit as well as the SUR; that the model accepts a pledge that breaks
 * policy (a Level 3 step without SUR, a 45-day window) because policy is the validator's business,
 * not the constructor's; and how to run {@link CommuniqueValidator} with a {@link
 * ValidationContext} restricted to chosen rule sets ({@link SourceDocument#LDN16}, {@link
 * SourceDocument#PCRS19}) and read each {@link Finding}'s rule, severity, path (into the step in
 * force), message and {@linkplain Finding#citation() citation} of the text it enforces.
 *
 * <p>The pledge is illustrative: its contributor, unit and dates are not those of a real pledge.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am package -DskipTests
 * -DmainJob -Dexample=PledgeAgainstLondon2016}.
 */
public final class PledgeAgainstLondon2016 {

  /**
   * The evaluation date: the pledge is recent, so no reconfirmation is due, and the Level 3 step
   * of 2016-12-01 is the one in force.
   */
  static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);

  private PledgeAgainstLondon2016() {}

  /** Returns the context of the example: evaluated at {@link #AS_OF}, LDN16 and PCRS19 rules. */
  static ValidationContext context() {
    return ValidationContext.builder()
        .asOf(AS_OF)
        .ruleSets(Set.of(SourceDocument.LDN16, SourceDocument.PCRS19))
        .build();
  }

  /** The day the clean pledge was registered in the PCRS, at Level 1. */
  static final LocalDate REGISTERED_ON = LocalDate.of(2016, 9, 30);

  /** The day of the Assessment and Advisory Visit, on which Level 2 was reached. */
  static final LocalDate AAV_ON = LocalDate.of(2016, 11, 15);

  /** The day the unit was found aligned with the SUR, on which Level 3 was reached. */
  static final LocalDate LEVEL_3_ON = LocalDate.of(2016, 12, 1);

  /**
   * Returns an engineer company pledged at London 2016 that reached Level 3 with the evidence the
   * PCRS asks for, and a unit that meets the London 2016 unit requirements.
   */
  static Pledge cleanPledge() {
    AssessmentVisit visit = AssessmentVisit.of(AAV_ON);
    return pledge("EXAMPLE-ENG-1", Readiness.of(
        ReadinessStep.reached(ReadinessLevel.LEVEL_1, REGISTERED_ON),
        ReadinessStep.builder().on(AAV_ON).level(ReadinessLevel.LEVEL_2).aav(visit).build(),
        ReadinessStep.builder().on(LEVEL_3_ON).level(ReadinessLevel.LEVEL_3).aav(visit)
            .sur(SurAlignment.generic("SUR-ENGINEER-COMPANY-GENERIC", LEVEL_3_ON))
            .build()));
  }

  /**
   * Returns the same pledge broken twice in its Level 3 step: offered for rapid deployment within
   * 45 days (London 2016 asks for 30, 60 or 90; the Rapid Deployment Level of the PCRS for 60), and
   * claiming Level 3 without naming the Statement of Unit Requirements it is aligned with.
   */
  static Pledge brokenPledge() {
    AssessmentVisit visit = AssessmentVisit.of(AAV_ON);
    return pledge("EXAMPLE-ENG-2", Readiness.of(
        ReadinessStep.reached(ReadinessLevel.LEVEL_1, REGISTERED_ON),
        ReadinessStep.builder().on(AAV_ON).level(ReadinessLevel.LEVEL_2).aav(visit).build(),
        ReadinessStep.builder().on(LEVEL_3_ON).level(ReadinessLevel.LEVEL_3).aav(visit)
            .rapidDeployment(RapidDeploymentCommitment.of(45, LEVEL_3_ON))
            .build()));
  }

  private static Pledge pledge(String id, Readiness readiness) {
    return Pledge.builder()
        .id(id)
        .contributor(MemberState.fromName("Ghana"))
        .conference(Conference.LONDON_2016)
        .pledgedOn(Conference.LONDON_2016.date())
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .addUnit(engineerCompany())
        .readiness(readiness)
        .build();
  }

  private static Unit engineerCompany() {
    return Unit.builder()
        .id("EXAMPLE-ENG-COY")
        .type(UnitType.ENGINEER_COMPANY)
        .contributor(MemberState.fromName("Ghana"))
        .status(DeploymentStatus.OFFERED)
        .personnel(PersonnelCount.of(16, 134))
        .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.of(1, 0))
        .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.of(0, 2))
        .training(PredeploymentTraining.builder()
            .unMinimumStandards(true)
            .conflictRelatedSexualViolence(true)
            .sexualExploitationAndAbuse(true)
            .genderSensitive(true)
            .completedOn(LocalDate.of(2016, 10, 28))
            .build())
        .vetted(true)
        .build();
  }

  /**
   * Validates a pledge in the example's context.
   *
   * @param pledge the pledge
   * @return the report
   */
  static ValidationReport validate(Pledge pledge) {
    return CommuniqueValidator.create().validate(pledge, context());
  }

  /**
   * Validates both pledges and prints their findings with citations.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    out.printf("Pledges checked against %s and %s as of %s (illustrative pledges)%n",
        SourceDocument.LDN16, SourceDocument.PCRS19, AS_OF);
    print(out, "Clean: Level 3 since " + LEVEL_3_ON + ", with its AAV and SUR", cleanPledge());
    print(out, "Broken: Level 3 since " + LEVEL_3_ON + " without SUR, rapid deployment within 45"
        + " days", brokenPledge());
  }

  private static void print(PrintStream out, String title, Pledge pledge) {
    ValidationReport report = validate(pledge);
    out.printf("%n%s (%s)%n", title, pledge.id());
    out.printf("  readiness history: %s; in force on %s: %s%n",
        pledge.readiness().orElseThrow().steps(), AS_OF,
        pledge.readiness().orElseThrow().stepOn(AS_OF).orElseThrow());
    if (report.findings().isEmpty()) {
      out.println("  no findings");
    }
    for (Finding finding : report.findings()) {
      out.printf("  %s%n    cites %s%n", finding, finding.citation());
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
