package io.github.peacekeeping.examples;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
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
 * {@link Readiness} (level, Assessment and Advisory Visit date, Statement of Unit Requirements,
 * rapid-deployment window); that the model accepts a pledge that breaks policy (a Level 3 without
 * SUR, a 45-day window) because policy is the validator's business, not the constructor's; and how
 * to run {@link CommuniqueValidator} with a {@link ValidationContext} restricted to chosen rule
 * sets ({@link SourceDocument#LDN16}, {@link SourceDocument#PCRS19}) and read each {@link
 * Finding}'s rule, severity, message and {@linkplain Finding#citation() citation} of the text it
 * enforces.
 *
 * <p>The pledge is illustrative: its contributor, unit and dates are not those of a real pledge.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am package -DskipTests
 * -DmainJob -Dexample=PledgeAgainstLondon2016}.
 */
public final class PledgeAgainstLondon2016 {

  /** The evaluation date: the pledge is recent, so no reconfirmation is due. */
  static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);

  private PledgeAgainstLondon2016() {}

  /** Returns the context of the example: evaluated at {@link #AS_OF}, LDN16 and PCRS19 rules. */
  static ValidationContext context() {
    return ValidationContext.builder()
        .asOf(AS_OF)
        .ruleSets(Set.of(SourceDocument.LDN16, SourceDocument.PCRS19))
        .build();
  }

  /**
   * Returns an engineer company pledged at London 2016 at Level 3, with the evidence the PCRS
   * asks for, and a unit that meets the London 2016 unit requirements.
   */
  static Pledge cleanPledge() {
    return Pledge.builder()
        .id("EXAMPLE-ENG-1")
        .contributor(MemberState.fromName("Ghana"))
        .conference(Conference.LONDON_2016)
        .pledgedOn(Conference.LONDON_2016.date())
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .addUnit(engineerCompany())
        .readiness(Readiness.builder()
            .level(ReadinessLevel.LEVEL_3)
            .registeredOn(LocalDate.of(2016, 9, 30))
            .aavDate(LocalDate.of(2016, 11, 15))
            .surReference("SUR-ENGINEER-COMPANY-GENERIC")
            .build())
        .build();
  }

  /**
   * Returns the same pledge broken twice: offered for rapid deployment within 45 days (London
   * 2016 asks for 30, 60 or 90; the Rapid Deployment Level of the PCRS for 60), and claiming
   * Level 3 without naming the Statement of Unit Requirements it is aligned with.
   */
  static Pledge brokenPledge() {
    return Pledge.builder()
        .from(cleanPledge())
        .id("EXAMPLE-ENG-2")
        .readiness(Readiness.builder()
            .level(ReadinessLevel.LEVEL_3)
            .registeredOn(LocalDate.of(2016, 9, 30))
            .aavDate(LocalDate.of(2016, 11, 15))
            .rapidDeploymentDays(45)
            .build())
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
    print(out, "Clean: Level 3 with AAV date and SUR", cleanPledge());
    print(out, "Broken: rapid deployment within 45 days, Level 3 without SUR", brokenPledge());
  }

  private static void print(PrintStream out, String title, Pledge pledge) {
    ValidationReport report = validate(pledge);
    out.printf("%n%s (%s)%n", title, pledge.id());
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
