package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatePeriod;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MandatedTaskKind;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compliant mission and member-state values for the mission rules, to break one rule at a time.
 *
 * <p>The mandate is UNMISS's under S/RES/2729 (2024), with its real ceilings (17,000 troops; 2,101
 * police, formed and individual police with justice and corrections officers) and its four pillars
 * in the resolution's order. The priorities 1 to 4 follow that order: they are the fixture's, as
 * is the deployed strength, which is illustrative and within the ceilings, not UNMISS's real
 * strength on any date.
 */
final class MissionFixtures {

  /** The day the profile describes, within the mandate period. */
  static final LocalDate AS_OF = LocalDate.of(2024, 9, 30);

  /** Every rule set, as of {@link #AS_OF}. */
  static final ValidationContext CONTEXT = ValidationContext.asOf(AS_OF);

  /** UNMISS's troop ceiling under S/RES/2729 (2024). */
  static final AuthorisedCeiling TROOPS = AuthorisedCeiling.ofMilitary(17_000);

  /** UNMISS's police ceiling under S/RES/2729 (2024), justice and corrections included. */
  static final AuthorisedCeiling POLICE = AuthorisedCeiling.of(2_101, EnumSet.of(
      PersonnelCategory.FORMED_POLICE_UNITS,
      PersonnelCategory.INDIVIDUAL_POLICE,
      PersonnelCategory.JUSTICE_AND_CORRECTIONS));

  static final MandatedTask POC = MandatedTask.of(
      "Protection of civilians", MandatedTaskKind.PROTECTION_OF_CIVILIANS).withPriority(1);
  static final MandatedTask HUMANITARIAN = MandatedTask.of(
      "Creating the conditions conducive to the delivery of humanitarian assistance",
      MandatedTaskKind.HUMANITARIAN_ACCESS).withPriority(2);
  static final MandatedTask PEACE_PROCESS = MandatedTask.of(
      "Supporting the implementation of the Revitalized Agreement and the peace process",
      MandatedTaskKind.POLITICAL_PROCESS).withPriority(3);
  static final MandatedTask HUMAN_RIGHTS = MandatedTask.of(
      "Monitoring, investigating and reporting on violations of international humanitarian law"
          + " and violations and abuses of human rights", MandatedTaskKind.HUMAN_RIGHTS)
      .withPriority(4);

  private static final Validator DEFAULT_VALIDATOR = defaultValidator();

  private MissionFixtures() {}

  /** UNMISS's mandate of S/RES/2729 (2024), every task prioritised. */
  static Mandate unmiss2024() {
    return Mandate.builder()
        .mission(Mission.of("UNMISS"))
        .authorisedBy(SecurityCouncilResolution.of(2729, 2024))
        .period(MandatePeriod.parse("2024-04-30/2025-04-30"))
        .addTasks(POC, HUMANITARIAN, PEACE_PROCESS, HUMAN_RIGHTS)
        .addCeilings(TROOPS, POLICE)
        .build();
  }

  /** UNMISS with every capability and an illustrative strength within both ceilings. */
  static MissionProfile unmiss() {
    return MissionProfile.builder()
        .mission(Mission.of("UNMISS"))
        .addMandate(unmiss2024())
        .capabilities(EnumSet.allOf(MissionCapability.class))
        .putDeployed(PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(700, 11_300))
        .putDeployed(PersonnelCategory.STAFF_OFFICERS, PersonnelCount.of(60, 340))
        .putDeployed(PersonnelCategory.MILITARY_OBSERVERS, PersonnelCount.of(40, 160))
        .putDeployed(PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCount.of(150, 650))
        .putDeployed(PersonnelCategory.INDIVIDUAL_POLICE, PersonnelCount.of(180, 420))
        .putDeployed(PersonnelCategory.JUSTICE_AND_CORRECTIONS, PersonnelCount.of(20, 40))
        .asOf(AS_OF)
        .build();
  }

  /** The profile with other tasks. */
  static MissionProfile withTasks(MandatedTask... tasks) {
    Mandate mandate = Mandate.builder().from(unmiss2024()).tasks(List.of(tasks)).build();
    return MissionProfile.builder().from(unmiss()).mandates(List.of(mandate)).build();
  }

  /** The profile without some capabilities. */
  static MissionProfile without(MissionCapability first, MissionCapability... rest) {
    Set<MissionCapability> capabilities = EnumSet.allOf(MissionCapability.class);
    capabilities.removeAll(EnumSet.of(first, rest));
    return MissionProfile.builder().from(unmiss()).capabilities(capabilities).build();
  }

  /** The profile with a category's deployed personnel replaced. */
  static MissionProfile deploying(PersonnelCategory category, PersonnelCount personnel) {
    Map<PersonnelCategory, PersonnelCount> deployed = new EnumMap<>(unmiss().deployed());
    deployed.put(category, personnel);
    return MissionProfile.builder().from(unmiss()).deployed(deployed).build();
  }

  /** Ghana's commitments, each met or not as given. */
  static MemberStateCommitments ghana(boolean nap, boolean roles, boolean officers) {
    return MemberStateCommitments.of(MemberState.of("GHA"), nap, roles, officers);
  }

  /** Validates a bean with Hibernate Validator's default configuration. */
  static <T> Set<ConstraintViolation<T>> validateByDefault(T bean) {
    return DEFAULT_VALIDATOR.validate(bean);
  }

  private static Validator defaultValidator() {
    ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    return factory.getValidator();
  }
}
