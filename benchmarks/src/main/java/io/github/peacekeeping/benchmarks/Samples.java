package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.benchmarks.PlainRecords.Personnel;
import io.github.peacekeeping.benchmarks.PlainRecords.PledgeRecord;
import io.github.peacekeeping.benchmarks.PlainRecords.ReadinessRecord;
import io.github.peacekeeping.benchmarks.PlainRecords.StepRecord;
import io.github.peacekeeping.benchmarks.PlainRecords.Team;
import io.github.peacekeeping.benchmarks.PlainRecords.Training;
import io.github.peacekeeping.benchmarks.PlainRecords.UnitRecord;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.pledge.SurKind;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.EquipmentStatus;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.ValidationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same data in every form the benchmarks compare: a deployed infantry battalion that meets
 * every unit rule (National Investigation Officers, a gender adviser, an engagement team, full
 * training, vetted), and a Level 3 pledge of such a battalion made at Seoul 2021. The figures are
 * illustrative, the shapes those of the validation module's test fixtures.
 *
 * <p>Inputs are non-final fields of a JMH state so that the JIT compiler cannot fold them into
 * constants.
 */
@State(Scope.Benchmark)
public class Samples {

  /** The evaluation date of the rules. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  /** Hibernate Validator's default factory, built once, as an application with beans uses it. */
  private static final ValidatorFactory DEFAULT_FACTORY = Validation.buildDefaultValidatorFactory();

  String id;
  UnitType type;
  MemberState contributor;
  DeploymentStatus status;
  Mission mission;
  long women;
  long men;
  long nioWomen;
  long nioMen;
  long adviserWomen;
  String teamName;
  long teamWomen;
  long teamMen;
  LocalDate trainedOn;
  String pledgeId;
  LocalDate pledgedOn;
  LocalDate reconfirmedOn;
  LocalDate registeredOn;
  LocalDate levelThreeOn;
  LocalDate aavDate;
  String surReference;

  /** The structural validator: the default factory's. */
  Validator beanValidator;
  /** Every rule set as of {@link #AS_OF}. */
  ValidationContext context;
  /** {@link #unit()}, built once, for the validation benchmarks. */
  Unit unit;
  /** {@link #pledge()}, built once. */
  Pledge pledge;
  /** {@link #unitBean()}, built once. */
  UnitBean unitBean;
  /** {@link #pledgeBean()}, built once. */
  PledgeBean pledgeBean;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public Samples() {}

  /** Sets the inputs and builds the values the validation benchmarks validate. */
  @Setup(Level.Trial)
  public void setUp() {
    id = "BGD-INF-1";
    type = UnitType.INFANTRY_BATTALION;
    contributor = MemberState.fromName("Bangladesh");
    status = DeploymentStatus.DEPLOYED;
    mission = Mission.of("UNMISS");
    women = 80;
    men = 770;
    nioWomen = 1;
    nioMen = 2;
    adviserWomen = 1;
    teamName = "Engagement team 1";
    teamWomen = 3;
    teamMen = 5;
    trainedOn = LocalDate.of(2026, 3, 1);
    pledgeId = "KOR-2021-001";
    pledgedOn = LocalDate.of(2021, 12, 7);
    reconfirmedOn = LocalDate.of(2026, 9, 1);
    registeredOn = LocalDate.of(2021, 12, 7);
    levelThreeOn = LocalDate.of(2022, 6, 30);
    aavDate = LocalDate.of(2022, 6, 15);
    surReference = "SUR-INF-2020-GENERIC";

    beanValidator = DEFAULT_FACTORY.getValidator();
    context = ValidationContext.asOf(AS_OF);
    unit = unit();
    pledge = pledge();
    unitBean = unitBean();
    pledgeBean = pledgeBean();
    if (!io.github.peacekeeping.validation.CommuniqueValidator.create().validate(unit, context)
            .findings().isEmpty()
        || !io.github.peacekeeping.validation.CommuniqueValidator.create().validate(pledge, context)
            .findings().isEmpty()) {
      throw new IllegalStateException("the samples must meet every rule");
    }
    if (!structural(beanValidator, unitBean).isEmpty()
        || !structural(beanValidator, pledgeBean).isEmpty()) {
      throw new IllegalStateException("the structural baseline must validate valid data");
    }
  }

  /** Validates a bean with the default Hibernate Validator: the structural baseline. */
  static <T> Set<ConstraintViolation<T>> structural(Validator validator, T bean) {
    return validator.validate(bean);
  }

  /** Builds the unit with the library's builder, which checks its invariants. */
  Unit unit() {
    return Unit.builder()
        .id(id)
        .type(type)
        .contributor(contributor)
        .status(status)
        .mission(mission)
        .personnel(PersonnelCount.of(women, men))
        .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.of(nioWomen, nioMen))
        .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(adviserWomen))
        .addEngagementTeam(EngagementTeam.of(teamName, PersonnelCount.of(teamWomen, teamMen)))
        .training(PredeploymentTraining.builder()
            .unMinimumStandards(true)
            .conflictRelatedSexualViolence(true)
            .sexualExploitationAndAbuse(true)
            .genderSensitive(true)
            .completedOn(trainedOn)
            .build())
        .vetted(true)
        .build();
  }

  /** Builds the unit's plain-record equivalent. */
  UnitRecord unitRecord() {
    return new UnitRecord(
        id,
        type,
        contributor,
        status,
        Optional.of(mission),
        new Personnel(women, men),
        Map.of(
            UnitRole.NATIONAL_INVESTIGATION_OFFICER, new Personnel(nioWomen, nioMen),
            UnitRole.GENDER_ADVISER, new Personnel(adviserWomen, 0)),
        List.of(),
        List.of(new Team(teamName, new Personnel(teamWomen, teamMen))),
        Optional.of(new Training(true, true, true, true, Optional.of(trainedOn))),
        true,
        EquipmentStatus.AT_STANDARD,
        List.of(),
        false,
        OptionalInt.empty());
  }

  /** Builds the unit's mutable-bean equivalent. */
  UnitBean unitBean() {
    UnitBean bean = new UnitBean();
    bean.setId(id);
    bean.setType(type);
    bean.setContributor(contributor);
    bean.setStatus(status);
    bean.setMission(mission);
    bean.setPersonnel(UnitBean.PersonnelBean.of(women, men));
    bean.getRoles().put(
        UnitRole.NATIONAL_INVESTIGATION_OFFICER, UnitBean.PersonnelBean.of(nioWomen, nioMen));
    bean.getRoles().put(UnitRole.GENDER_ADVISER, UnitBean.PersonnelBean.of(adviserWomen, 0));
    bean.getEngagementTeams().add(
        UnitBean.TeamBean.of(teamName, UnitBean.PersonnelBean.of(teamWomen, teamMen)));
    UnitBean.TrainingBean training = new UnitBean.TrainingBean();
    training.setUnMinimumStandards(true);
    training.setConflictRelatedSexualViolence(true);
    training.setSexualExploitationAndAbuse(true);
    training.setGenderSensitive(true);
    training.setCompletedOn(trainedOn);
    bean.setTraining(training);
    bean.setVetted(true);
    return bean;
  }

  /** Builds the pledge (and its unit, ready to deploy) with the library's builders. */
  Pledge pledge() {
    Unit offered = Unit.builder()
        .id(id)
        .type(type)
        .contributor(contributor)
        .status(DeploymentStatus.READY_TO_DEPLOY)
        .personnel(PersonnelCount.of(women, men))
        .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.of(nioWomen, nioMen))
        .putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(adviserWomen))
        .addEngagementTeam(EngagementTeam.of(teamName, PersonnelCount.of(teamWomen, teamMen)))
        .training(PredeploymentTraining.builder()
            .unMinimumStandards(true)
            .conflictRelatedSexualViolence(true)
            .sexualExploitationAndAbuse(true)
            .genderSensitive(true)
            .completedOn(trainedOn)
            .build())
        .vetted(true)
        .build();
    return Pledge.builder()
        .id(pledgeId)
        .contributor(contributor)
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .conference(Conference.SEOUL_2021)
        .pledgedOn(pledgedOn)
        .addReconfirmation(reconfirmedOn)
        .addUnit(offered)
        .readiness(Readiness.of(
            ReadinessStep.reached(ReadinessLevel.LEVEL_1, registeredOn),
            ReadinessStep.builder()
                .on(levelThreeOn)
                .level(ReadinessLevel.LEVEL_3)
                .aav(AssessmentVisit.of(aavDate))
                .sur(SurAlignment.generic(surReference, levelThreeOn))
                .build()))
        .build();
  }

  /** Builds the pledge's plain-record equivalent. */
  PledgeRecord pledgeRecord() {
    UnitRecord offered = new UnitRecord(
        id,
        type,
        contributor,
        DeploymentStatus.READY_TO_DEPLOY,
        Optional.empty(),
        new Personnel(women, men),
        Map.of(
            UnitRole.NATIONAL_INVESTIGATION_OFFICER, new Personnel(nioWomen, nioMen),
            UnitRole.GENDER_ADVISER, new Personnel(adviserWomen, 0)),
        List.of(),
        List.of(new Team(teamName, new Personnel(teamWomen, teamMen))),
        Optional.of(new Training(true, true, true, true, Optional.of(trainedOn))),
        true,
        EquipmentStatus.AT_STANDARD,
        List.of(),
        false,
        OptionalInt.empty());
    return new PledgeRecord(
        pledgeId,
        contributor,
        EnumSet.of(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES),
        Optional.of(Conference.SEOUL_2021),
        pledgedOn,
        List.of(reconfirmedOn),
        List.of(offered),
        Optional.of(new ReadinessRecord(List.of(
            new StepRecord(registeredOn, Optional.of(ReadinessLevel.LEVEL_1), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty()),
            new StepRecord(levelThreeOn, Optional.of(ReadinessLevel.LEVEL_3), Optional.of(aavDate),
                Optional.of(surReference), Optional.of(levelThreeOn), OptionalInt.empty())))));
  }

  /** Builds the pledge's mutable-bean equivalent. */
  PledgeBean pledgeBean() {
    UnitBean offered = unitBean();
    offered.setStatus(DeploymentStatus.READY_TO_DEPLOY);
    offered.setMission(null);
    PledgeBean bean = new PledgeBean();
    bean.setId(pledgeId);
    bean.setContributor(contributor);
    bean.getCategories().add(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES);
    bean.setConference(Conference.SEOUL_2021);
    bean.setPledgedOn(pledgedOn);
    bean.getReconfirmations().add(reconfirmedOn);
    bean.getUnits().add(offered);
    PledgeBean.StepBean registration = new PledgeBean.StepBean();
    registration.setOn(registeredOn);
    registration.setLevel(ReadinessLevel.LEVEL_1);
    PledgeBean.StepBean levelThree = new PledgeBean.StepBean();
    levelThree.setOn(levelThreeOn);
    levelThree.setLevel(ReadinessLevel.LEVEL_3);
    levelThree.setAavDate(aavDate);
    levelThree.setAavSuccessful(true);
    levelThree.setSurReference(surReference);
    levelThree.setSurKind(SurKind.GENERIC);
    levelThree.setSurAlignedOn(levelThreeOn);
    PledgeBean.ReadinessBean readiness = new PledgeBean.ReadinessBean();
    readiness.getSteps().add(registration);
    readiness.getSteps().add(levelThree);
    bean.setReadiness(readiness);
    return bean;
  }
}
