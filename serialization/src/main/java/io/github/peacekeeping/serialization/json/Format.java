package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatePeriod;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MandatedTaskKind;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.pledge.Arrangement;
import io.github.peacekeeping.core.pledge.ArrangementKind;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.SingleContributor;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.pledge.SurKind;
import io.github.peacekeeping.core.pledge.TrainingOffer;
import io.github.peacekeeping.core.pledge.TriangularPartnership;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.EquipmentStatus;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JSON exchange format, described once (docs/json-format.md): every value's properties with
 * their names, shapes, bounds and whether they are required, and how the core value is built from
 * them. {@link JsonReader} reads, {@link JsonWriter} writes and {@link JsonSchemas} publishes
 * exactly this description; adding a property is one change here.
 */
final class Format {

  private Format() {}

  // ---------------------------------------------------------------- the version

  /**
   * The major version of the format: {@value}. A new major version removes, renames or changes the
   * meaning of something (docs/json-format.md, Versioning).
   */
  static final int MAJOR = 2;

  /** The minor version: {@value}. A new minor version only adds optional properties or codes. */
  static final int MINOR = 0;

  /** The version written into every exchange document, {@code "2.0"}. */
  static final String VERSION = MAJOR + "." + MINOR;

  /**
   * The only version of major version 1 ever published, read where its values map onto the current
   * model without inventing a fact.
   */
  static final String VERSION_1 = "1.0";

  // ---------------------------------------------------------------- textual values

  static final Shape<Contributor> CONTRIBUTOR = Shapes.lookup("a contributor",
      ProblemCode.UNKNOWN_CONTRIBUTOR, contributors(), Contributor::code,
      code -> "unknown contributor " + Shapes.quote(code) + " (expected the upper-case ISO 3166-1"
          + " alpha-3 code of a UN Member State, such as KOR, or an organisation's code: "
          + InternationalOrganisation.all().stream().map(InternationalOrganisation::code)
              .collect(Collectors.joining(", ")) + ")");

  static final Shape<MemberState> MEMBER_STATE = Shapes.narrowed(CONTRIBUTOR, "a Member State",
      MemberState.class,
      other -> "expected a UN Member State, was the organisation " + other.code());

  static final Shape<InternationalOrganisation> ORGANISATION = Shapes.narrowed(CONTRIBUTOR,
      "an international organisation", InternationalOrganisation.class,
      other -> "expected an international organisation, was the Member State " + other.code());

  static final Shape<Mission> MISSION = Shapes.lookup("a mission", ProblemCode.UNKNOWN_MISSION,
      table(Mission.all(), Mission::acronym), Mission::acronym,
      acronym -> "unknown mission " + Shapes.quote(acronym)
          + " (expected the upper-case acronym of a catalogued mission, such as UNMISS)");

  static final Shape<SecurityCouncilResolution> RESOLUTION = Shapes.text(
      "a resolution symbol", "such as S/RES/2729 (2024)", "^S/RES/[1-9][0-9]* \\([0-9]{4}\\)$",
      text -> {
        SecurityCouncilResolution resolution = SecurityCouncilResolution.parse(text);
        return resolution.toString().equals(text) ? resolution : null;
      },
      SecurityCouncilResolution::toString);

  static final Shape<Share> SHARE = Shapes.text("a share", "such as 20% or 1/3", null,
      Share::parse, Share::toString);

  static final Shape<MandatePeriod> PERIOD = Shapes.text("a mandate period",
      "an ISO-8601 interval of two calendar dates such as 2024-04-30/2025-04-30",
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      text -> {
        int slash = text.indexOf('/');
        LocalDate start = slash < 0 ? null : Shapes.parseDate(text.substring(0, slash));
        LocalDate end = slash < 0 ? null : Shapes.parseDate(text.substring(slash + 1));
        return start == null || end == null ? null : MandatePeriod.of(start, end);
      },
      MandatePeriod::toString);

  // ---------------------------------------------------------------- numbers

  /** A number of women or of men. */
  static final Shape<Long> COUNT = Shapes.longInteger(0, Bounds.MAX_PERSONNEL);

  // ---------------------------------------------------------------- personnel and units

  static final ObjectShape<PersonnelCount> PERSONNEL_COUNT;

  static {
    var b = ObjectShape.<PersonnelCount>builder("PersonnelCount", "a personnel count",
        "Personnel by gender.");
    var women = b.required("women", COUNT, PersonnelCount::women, "Number of women.");
    var men = b.required("men", COUNT, PersonnelCount::men, "Number of men.");
    PERSONNEL_COUNT = b.build(v -> PersonnelCount.of(v.get(women), v.get(men)));
  }

  static final ObjectShape<UnitType> CUSTOM_UNIT_TYPE;

  static {
    var b = ObjectShape.<UnitType>builder("CustomUnitType", "a unit type",
        "A unit type that is not one of the standard types.");
    var code = b.required("code", Shapes.STRING, UnitType::code, "In upper snake case.");
    var name = b.required("name", Shapes.STRING, UnitType::name);
    var category = b.required("category", Shapes.code(UnitCategory.class), UnitType::category);
    var formed = b.required("formed", Shapes.BOOLEAN, UnitType::formed);
    var strength = b.optionalInt("nominalStrength", Shapes.integer(1, Integer.MAX_VALUE),
        UnitType::nominalStrength, "Nominal strength in personnel, omitted when none.");
    var helicopter = b.required("helicopter", Shapes.BOOLEAN, UnitType::helicopter);
    var medical = b.required("medical", Shapes.BOOLEAN, UnitType::medical);
    CUSTOM_UNIT_TYPE = b.build(v -> UnitType.builder()
        .code(v.get(code)).name(v.get(name)).category(v.get(category)).formed(v.get(formed))
        .nominalStrength(v.get(strength)).helicopter(v.get(helicopter)).medical(v.get(medical))
        .build());
  }

  static final Shape<UnitType> UNIT_TYPE = Shapes.stringOrObject("a unit type",
      Shapes.lookup("a standard unit type", ProblemCode.UNKNOWN_CODE,
          table(UnitType.standardTypes(), UnitType::code), UnitType::code,
          code -> "unknown standard unit type " + Shapes.quote(code) + " (expected one of "
              + UnitType.standardTypes().stream().map(UnitType::code)
                  .collect(Collectors.joining(", ")) + ", or an object describing another type)"),
      CUSTOM_UNIT_TYPE,
      type -> UnitType.standardTypes().contains(type));

  static final ObjectShape<Platoon> PLATOON;

  static {
    var b = ObjectShape.<Platoon>builder("Platoon", "a platoon", null);
    var name = b.required("name", Shapes.STRING, Platoon::name);
    var personnel = b.required("personnel", PERSONNEL_COUNT, Platoon::personnel);
    PLATOON = b.build(v -> Platoon.of(v.get(name), v.get(personnel)));
  }

  static final ObjectShape<EngagementTeam> ENGAGEMENT_TEAM;

  static {
    var b = ObjectShape.<EngagementTeam>builder("EngagementTeam", "an engagement team", null);
    var name = b.required("name", Shapes.STRING, EngagementTeam::name);
    var personnel = b.required("personnel", PERSONNEL_COUNT, EngagementTeam::personnel);
    ENGAGEMENT_TEAM = b.build(v -> EngagementTeam.of(v.get(name), v.get(personnel)));
  }

  static final ObjectShape<Caveat> CAVEAT;

  static {
    var b = ObjectShape.<Caveat>builder("Caveat", "a caveat", null);
    var description = b.required("description", Shapes.STRING, Caveat::description);
    var declared = b.required("declared", Shapes.BOOLEAN, Caveat::declared);
    CAVEAT = b.build(v -> Caveat.of(v.get(description), v.get(declared)));
  }

  static final ObjectShape<PredeploymentTraining> TRAINING;

  static {
    var b = ObjectShape.<PredeploymentTraining>builder("PredeploymentTraining",
        "pre-deployment training", null);
    var standards = b.required("unMinimumStandards", Shapes.BOOLEAN,
        PredeploymentTraining::unMinimumStandards);
    var crsv = b.required("conflictRelatedSexualViolence", Shapes.BOOLEAN,
        PredeploymentTraining::conflictRelatedSexualViolence);
    var sea = b.required("sexualExploitationAndAbuse", Shapes.BOOLEAN,
        PredeploymentTraining::sexualExploitationAndAbuse);
    var gender = b.required("genderSensitive", Shapes.BOOLEAN,
        PredeploymentTraining::genderSensitive);
    var completedOn = b.optional("completedOn", Shapes.DATE, PredeploymentTraining::completedOn,
        "The day the training was completed, omitted when undated.");
    TRAINING = b.build(v -> PredeploymentTraining.builder()
        .unMinimumStandards(v.get(standards)).conflictRelatedSexualViolence(v.get(crsv))
        .sexualExploitationAndAbuse(v.get(sea)).genderSensitive(v.get(gender))
        .completedOn(v.get(completedOn))
        .build());
  }

  /** A unit; schema 1.0 had the same properties but {@code vettedOn}. */
  static final ObjectShape<Unit> UNIT = unit(false);

  static final ObjectShape<Unit> UNIT_V1 = unit(true);

  private static ObjectShape<Unit> unit(boolean v1) {
    var b = ObjectShape.<Unit>builder(v1 ? "UnitV1" : "Unit",
        v1 ? "a unit (schema " + VERSION_1 + ")" : "a unit", null);
    var id = b.required("id", Shapes.STRING, Unit::id);
    var type = b.required("type", UNIT_TYPE, Unit::type,
        "A standard unit type's code, or another unit type as an object.");
    var contributor = b.required("contributor", CONTRIBUTOR, Unit::contributor,
        "Code of the contributor: ISO 3166-1 alpha-3 or organisation.");
    var status = b.required("status", Shapes.code(DeploymentStatus.class), Unit::status);
    var mission = b.optional("mission", MISSION, Unit::mission,
        "Acronym of the mission, omitted when none.");
    var personnel = b.required("personnel", PERSONNEL_COUNT, Unit::personnel);
    var roles = b.map("roles", UnitRole.class, PERSONNEL_COUNT, Unit::roles,
        "Personnel in each role, keyed by role code.");
    var platoons = b.list("platoons", PLATOON, Unit::platoons);
    var teams = b.list("engagementTeams", ENGAGEMENT_TEAM, Unit::engagementTeams);
    var training = b.optional("training", TRAINING, Unit::training);
    var vetted = b.required("vetted", Shapes.BOOLEAN, Unit::vetted);
    var vettedOn = v1 ? null : b.optional("vettedOn", Shapes.DATE, Unit::vettedOn,
        "The day the personnel were vetted: only for a vetted unit, omitted when undated.");
    var equipment = b.required("equipment", Shapes.code(EquipmentStatus.class), Unit::equipment);
    var caveats = b.list("caveats", CAVEAT, Unit::caveats);
    var nightFlying = b.required("nightFlyingCapable", Shapes.BOOLEAN, Unit::nightFlyingCapable);
    var days = b.optionalInt("rapidDeploymentDays",
        Shapes.integer(1, Bounds.MAX_RAPID_DEPLOYMENT_DAYS), Unit::rapidDeploymentDays,
        "Days within which the unit can deploy, omitted when not offered for rapid deployment.");
    return b.build(v -> Unit.builder()
        .id(v.get(id)).type(v.get(type)).contributor(v.get(contributor)).status(v.get(status))
        .mission(v.get(mission)).personnel(v.get(personnel)).roles(v.get(roles))
        .platoons(v.get(platoons)).engagementTeams(v.get(teams)).training(v.get(training))
        .vetted(v.get(vetted)).vettedOn(vettedOn == null ? Optional.empty() : v.get(vettedOn))
        .equipment(v.get(equipment)).caveats(v.get(caveats))
        .nightFlyingCapable(v.get(nightFlying)).rapidDeploymentDays(v.get(days))
        .build());
  }

  // ---------------------------------------------------------------- readiness

  static final ObjectShape<AssessmentVisit> ASSESSMENT_VISIT;

  static {
    var b = ObjectShape.<AssessmentVisit>builder("AssessmentVisit",
        "an assessment and advisory visit", null);
    var date = b.required("date", Shapes.DATE, AssessmentVisit::date);
    var successful = b.required("successful", Shapes.BOOLEAN, AssessmentVisit::successful);
    ASSESSMENT_VISIT = b.build(v -> v.get(successful)
        ? AssessmentVisit.of(v.get(date)) : AssessmentVisit.unsuccessful(v.get(date)));
  }

  static final ObjectShape<SurAlignment> SUR_ALIGNMENT;

  static {
    var b = ObjectShape.<SurAlignment>builder("SurAlignment", "a SUR alignment", null);
    var reference = b.required("reference", Shapes.STRING, SurAlignment::reference);
    var kind = b.required("kind", Shapes.code(SurKind.class), SurAlignment::kind);
    var alignedOn = b.required("alignedOn", Shapes.DATE, SurAlignment::alignedOn);
    SUR_ALIGNMENT = b.build(
        v -> SurAlignment.of(v.get(reference), v.get(kind), v.get(alignedOn)));
  }

  static final ObjectShape<RapidDeploymentCommitment> RAPID_DEPLOYMENT;

  static {
    var b = ObjectShape.<RapidDeploymentCommitment>builder("RapidDeploymentCommitment",
        "a rapid-deployment commitment", null);
    var days = b.required("days", Shapes.integer(1, Bounds.MAX_RAPID_DEPLOYMENT_DAYS),
        RapidDeploymentCommitment::days);
    var committedOn = b.required("committedOn", Shapes.DATE,
        RapidDeploymentCommitment::committedOn);
    RAPID_DEPLOYMENT = b.build(
        v -> RapidDeploymentCommitment.of(v.get(days), v.get(committedOn)));
  }

  static final ObjectShape<ReadinessStep> READINESS_STEP;

  static {
    var b = ObjectShape.<ReadinessStep>builder("ReadinessStep", "a readiness step",
        "A PCRS level reached (or fallen back to) or an exit, on a day: exactly one of level and"
            + " exit.");
    var on = b.required("on", Shapes.DATE, ReadinessStep::on);
    var level = b.optional("level", Shapes.code(ReadinessLevel.class), ReadinessStep::level);
    var exit = b.optional("exit", Shapes.code(ReadinessExit.class), ReadinessStep::exit);
    var aav = b.optional("aav", ASSESSMENT_VISIT, ReadinessStep::aav);
    var sur = b.optional("sur", SUR_ALIGNMENT, ReadinessStep::sur);
    var rapid = b.optional("rapidDeployment", RAPID_DEPLOYMENT, ReadinessStep::rapidDeployment);
    READINESS_STEP = b.build(v -> ReadinessStep.builder()
        .on(v.get(on)).level(v.get(level)).exit(v.get(exit)).aav(v.get(aav)).sur(v.get(sur))
        .rapidDeployment(v.get(rapid))
        .build());
  }

  static final ObjectShape<Readiness> READINESS;

  static {
    var b = ObjectShape.<Readiness>builder("Readiness", "a readiness",
        "The pledge's PCRS history, its registration first.");
    var steps = b.list("steps", READINESS_STEP, Readiness::steps);
    READINESS = b.build(v -> Readiness.builder().addAllSteps(v.get(steps)).build());
  }

  /**
   * A readiness of schema 1.0, {@code {"level", "registeredOn"?, "aavDate"?, "surReference"?,
   * "rapidDeploymentDays"?}}: the level claimed, not a history. It maps onto a history only where
   * nothing has to be invented: a pledge registered at {@code LEVEL_1} on {@code registeredOn},
   * with no evidence, is the one-step history {@code Readiness.of(LEVEL_1, registeredOn)}; every
   * other 1.0 readiness lacks a fact the history records, reported at the property concerned
   * ({@link ProblemCode#NOT_IN_VERSION}), never guessed. Read only, never written.
   */
  static final ObjectShape<Readiness> READINESS_V1;

  static {
    var b = ObjectShape.<Readiness>builder("ReadinessV1",
        "a readiness (schema " + VERSION_1 + ")", null);
    var level = b.required("level", Shapes.code(ReadinessLevel.class), unwritten());
    var registeredOn = b.optional("registeredOn", Shapes.DATE, unwritten());
    var aavDate = b.optional("aavDate", Shapes.DATE, unwritten());
    var sur = b.optional("surReference", Shapes.STRING, unwritten());
    var days = b.optionalInt("rapidDeploymentDays",
        Shapes.integer(1, Bounds.MAX_RAPID_DEPLOYMENT_DAYS), unwritten(), null);
    String cannot = "a schema " + VERSION_1 + " readiness cannot be read as a " + VERSION
        + " readiness history without inventing ";
    READINESS_V1 = b.build(v -> {
      List<Gap> gaps = new java.util.ArrayList<>();
      if (v.get(registeredOn).isEmpty()) {
        gaps.add(new Gap(null, ProblemCode.NOT_IN_VERSION, cannot + "its first day: it has no 'registeredOn', the day of the"
            + " registration that starts the history"));
      }
      if (v.get(level) != ReadinessLevel.LEVEL_1) {
        gaps.add(new Gap("level", ProblemCode.NOT_IN_VERSION, cannot + "the day " + v.get(level) + " was reached: "
            + VERSION_1 + " records the level claimed, not when it was reached (write the history"
            + " as " + VERSION + " 'steps')"));
      }
      if (v.get(aavDate).isPresent()) {
        gaps.add(new Gap("aavDate", ProblemCode.NOT_IN_VERSION, cannot + "the outcome of the visit: " + VERSION_1
            + " does not record whether it was successful ('aav.successful')"));
      }
      if (v.get(sur).isPresent()) {
        gaps.add(new Gap("surReference", ProblemCode.NOT_IN_VERSION, cannot + "the day of the SUR alignment and the kind of"
            + " statement: " + VERSION_1 + " records neither ('sur.alignedOn', 'sur.kind')"));
      }
      if (v.get(days).isPresent()) {
        gaps.add(new Gap("rapidDeploymentDays", ProblemCode.NOT_IN_VERSION, cannot + "the day of the commitment: "
            + VERSION_1 + " does not record it ('rapidDeployment.committedOn')"));
      }
      if (!gaps.isEmpty()) {
        throw new Refused(gaps);
      }
      return Readiness.of(ReadinessLevel.LEVEL_1, v.get(registeredOn).orElseThrow());
    });
  }

  /**
   * Why a build refuses its parts, at one of its properties ({@code null}: the object as a whole)
   * and the JSON Pointer {@code within} it ({@code ""}: the property's value itself).
   */
  record Gap(String property, String within, ProblemCode code, String message) {

    /** A gap at a property as a whole. */
    Gap(String property, ProblemCode code, String message) {
      this(property, "", code, message);
    }
  }

  /**
   * Thrown by the build of an object of an earlier version whose parts cannot be read as the
   * current model: the gaps are reported where they are ({@link ObjectShape}).
   */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: it unwinds one build
    final List<Gap> gaps;

    Refused(List<Gap> gaps) {
      super(null, null, false, false);
      this.gaps = List.copyOf(gaps);
    }
  }

  /** The getter of a property of an earlier version, which is read but never written. */
  private static <T, V> Function<T, V> unwritten() {
    return value -> {
      throw new UnsupportedOperationException("schema " + VERSION_1 + " is never written");
    };
  }

  // ---------------------------------------------------------------- arrangements and offers

  static final ObjectShape<RotationPeriod> ROTATION_PERIOD;

  static {
    var b = ObjectShape.<RotationPeriod>builder("RotationPeriod", "a rotation period", null);
    var contributor = b.required("contributor", CONTRIBUTOR, RotationPeriod::contributor);
    var from = b.required("from", Shapes.DATE, RotationPeriod::from);
    var to = b.required("to", Shapes.DATE, RotationPeriod::to);
    ROTATION_PERIOD = b.build(v -> RotationPeriod.of(v.get(contributor), v.get(from), v.get(to)));
  }

  static final UnionShape<ArrangementKind, Arrangement> ARRANGEMENT = new UnionShape<>(
      "an arrangement", "kind", ArrangementKind.class, List.of(
          new UnionShape.Variant<>(ArrangementKind.SINGLE, SingleContributor.class, single()),
          new UnionShape.Variant<>(ArrangementKind.JOINT, JointPledge.class, joint()),
          new UnionShape.Variant<>(ArrangementKind.ROTATION, Rotation.class, rotation()),
          new UnionShape.Variant<>(ArrangementKind.TRIANGULAR, TriangularPartnership.class,
              triangular()),
          new UnionShape.Variant<>(ArrangementKind.DONATION, Donation.class, donation())));

  private static ObjectShape<SingleContributor> single() {
    var b = ObjectShape.<SingleContributor>builder("SingleArrangement", "a SINGLE arrangement",
        "One contributor provides the capability.");
    var contributor = b.required("contributor", CONTRIBUTOR, SingleContributor::contributor);
    return b.build(v -> SingleContributor.of(v.get(contributor)));
  }

  private static ObjectShape<JointPledge> joint() {
    var b = ObjectShape.<JointPledge>builder("JointArrangement", "a JOINT arrangement",
        "Several contributors provide the capability together.");
    var contributors = b.list("contributors", CONTRIBUTOR, JointPledge::contributors);
    return b.build(v -> JointPledge.of(v.get(contributors)));
  }

  private static ObjectShape<Rotation> rotation() {
    var b = ObjectShape.<Rotation>builder("RotationArrangement", "a ROTATION arrangement",
        "Contributors take turns, period after period.");
    var periods = b.list("periods", ROTATION_PERIOD, Rotation::periods);
    return b.build(v -> Rotation.of(v.get(periods)));
  }

  private static ObjectShape<TriangularPartnership> triangular() {
    var b = ObjectShape.<TriangularPartnership>builder("TriangularArrangement",
        "a TRIANGULAR arrangement", "A contributor with a provider of training or equipment.");
    var contributor = b.required("contributor", CONTRIBUTOR, TriangularPartnership::contributor);
    var provider = b.required("provider", CONTRIBUTOR, TriangularPartnership::provider);
    return b.build(v -> TriangularPartnership.of(v.get(contributor), v.get(provider)));
  }

  private static ObjectShape<Donation> donation() {
    var b = ObjectShape.<Donation>builder("DonationArrangement", "a DONATION arrangement",
        "A donor gives the capability, to a recipient when one is named.");
    var donor = b.required("donor", CONTRIBUTOR, Donation::donor);
    var recipient = b.optional("recipient", CONTRIBUTOR, Donation::recipient);
    return b.build(v -> Donation.of(v.get(donor), v.get(recipient)));
  }

  static final ObjectShape<EquipmentOffer> EQUIPMENT_OFFER;

  static {
    var b = ObjectShape.<EquipmentOffer>builder("EquipmentOffer", "an equipment offer", null);
    var description = b.required("description", Shapes.STRING, EquipmentOffer::description);
    var quantity = b.required("quantity", Shapes.integer(1, Bounds.MAX_EQUIPMENT_QUANTITY),
        EquipmentOffer::quantity);
    var recipient = b.optional("recipient", CONTRIBUTOR, EquipmentOffer::recipient);
    EQUIPMENT_OFFER = b.build(v -> v.get(recipient).isPresent()
        ? EquipmentOffer.of(v.get(description), v.get(quantity), v.get(recipient).get())
        : EquipmentOffer.of(v.get(description), v.get(quantity)));
  }

  static final ObjectShape<TrainingOffer> TRAINING_OFFER;

  static {
    var b = ObjectShape.<TrainingOffer>builder("TrainingOffer", "a training offer", null);
    var description = b.required("description", Shapes.STRING, TrainingOffer::description);
    var recipients = b.list("recipients", CONTRIBUTOR, TrainingOffer::recipients);
    TRAINING_OFFER = b.build(v -> TrainingOffer.of(v.get(description), v.get(recipients)));
  }

  // ---------------------------------------------------------------- pledges

  static final ObjectShape<Pledge> PLEDGE;

  static {
    var b = ObjectShape.<Pledge>builder("Pledge", "a pledge", null);
    var id = b.required("id", Shapes.STRING, Pledge::id);
    var arrangement = b.required("arrangement", ARRANGEMENT, Pledge::arrangement);
    var categories = b.set("categories", Shapes.code(PledgeCategory.class), Pledge::categories);
    var conference = b.optional("conference", Shapes.code(Conference.class), Pledge::conference);
    var pledgedOn = b.required("pledgedOn", Shapes.DATE, Pledge::pledgedOn);
    var reconfirmations = b.list("reconfirmations", Shapes.DATE, Pledge::reconfirmations);
    var units = b.list("units", UNIT, Pledge::units);
    var equipment = b.list("equipment", EQUIPMENT_OFFER, Pledge::equipment);
    var training = b.list("training", TRAINING_OFFER, Pledge::training);
    var readiness = b.optional("readiness", READINESS, Pledge::readiness);
    PLEDGE = b.build(v -> Pledge.builder()
        .id(v.get(id)).arrangement(v.get(arrangement)).categories(v.get(categories))
        .conference(v.get(conference)).pledgedOn(v.get(pledgedOn))
        .reconfirmations(v.get(reconfirmations)).units(v.get(units))
        .equipment(v.get(equipment)).training(v.get(training)).readiness(v.get(readiness))
        .build());
  }

  /**
   * A pledge of schema 1.0: {@code reconfirmedOn}, its last reconfirmation, is the one
   * reconfirmation known; its units are 1.0 units and its readiness a 1.0 readiness. Read only.
   */
  static final ObjectShape<Pledge> PLEDGE_V1;

  static {
    var b = ObjectShape.<Pledge>builder("PledgeV1", "a pledge (schema " + VERSION_1 + ")", null);
    var id = b.required("id", Shapes.STRING, unwritten());
    var arrangement = b.required("arrangement", ARRANGEMENT, unwritten());
    var categories = b.set("categories", Shapes.code(PledgeCategory.class), unwritten());
    var conference = b.optional("conference", Shapes.code(Conference.class), unwritten());
    var pledgedOn = b.required("pledgedOn", Shapes.DATE, unwritten());
    var reconfirmedOn = b.optional("reconfirmedOn", Shapes.DATE, unwritten());
    var units = b.list("units", UNIT_V1, unwritten());
    var equipment = b.list("equipment", EQUIPMENT_OFFER, unwritten());
    var training = b.list("training", TRAINING_OFFER, unwritten());
    var readiness = b.optional("readiness", READINESS_V1, unwritten());
    PLEDGE_V1 = b.build(v -> {
      Optional<LocalDate> last = v.get(reconfirmedOn);
      if (last.isPresent() && last.get().isBefore(v.get(pledgedOn))) {
        // Said at the 1.0 property: the core would name 'reconfirmations[0]', absent here.
        throw new Refused(List.of(new Gap("reconfirmedOn", ProblemCode.INVALID_VALUE,
            "must not be before pledgedOn " + v.get(pledgedOn) + ", was " + last.get())));
      }
      return Pledge.builder()
          .id(v.get(id)).arrangement(v.get(arrangement)).categories(v.get(categories))
          .conference(v.get(conference)).pledgedOn(v.get(pledgedOn))
          .reconfirmations(last.stream().toList()).units(v.get(units))
          .equipment(v.get(equipment)).training(v.get(training)).readiness(v.get(readiness))
          .build();
    });
  }

  // ---------------------------------------------------------------- missions

  static final ObjectShape<MandatedTask> MANDATED_TASK;

  static {
    var b = ObjectShape.<MandatedTask>builder("MandatedTask", "a mandated task", null);
    var description = b.required("description", Shapes.STRING, MandatedTask::description);
    var kind = b.required("kind", Shapes.code(MandatedTaskKind.class), MandatedTask::kind);
    var priority = b.optionalInt("priority", Shapes.integer(1, Integer.MAX_VALUE),
        MandatedTask::priority, "1 is the highest; omitted when the mandate gives none.");
    var phase = b.optional("phase", Shapes.STRING, MandatedTask::phase);
    MANDATED_TASK = b.build(v -> MandatedTask.builder()
        .description(v.get(description)).kind(v.get(kind)).priority(v.get(priority))
        .phase(v.get(phase))
        .build());
  }

  static final ObjectShape<AuthorisedCeiling> CEILING;

  static {
    var b = ObjectShape.<AuthorisedCeiling>builder("AuthorisedCeiling", "an authorised ceiling",
        null);
    var categories = b.set("categories", Shapes.code(PersonnelCategory.class),
        AuthorisedCeiling::categories);
    var maximum = b.required("maximum", COUNT, AuthorisedCeiling::maximum);
    // Recursive, as deep as the parser's nesting bound lets a document go.
    var subCeilings = b.list("subCeilings",
        Shapes.lazy("an authorised ceiling", () -> Format.CEILING),
        AuthorisedCeiling::subCeilings);
    CEILING = b.build(v -> {
      AuthorisedCeiling ceiling = AuthorisedCeiling.of(v.get(maximum), v.get(categories));
      for (AuthorisedCeiling sub : v.get(subCeilings)) {
        ceiling = ceiling.withSubCeiling(sub); // refuses with subCeilings[i], i as in the document
      }
      return ceiling;
    });
  }

  static final ObjectShape<Mandate> MANDATE;

  static {
    var b = ObjectShape.<Mandate>builder("Mandate", "a mandate", null);
    var mission = b.required("mission", MISSION, Mandate::mission);
    var authorisedBy = b.required("authorisedBy", RESOLUTION, Mandate::authorisedBy);
    var period = b.required("period", PERIOD, Mandate::period);
    var tasks = b.list("tasks", MANDATED_TASK, Mandate::tasks);
    var ceilings = b.list("ceilings", CEILING, Mandate::ceilings);
    MANDATE = b.build(v -> Mandate.builder()
        .mission(v.get(mission)).authorisedBy(v.get(authorisedBy)).period(v.get(period))
        .tasks(v.get(tasks)).ceilings(v.get(ceilings))
        .build());
  }

  static final ObjectShape<MissionProfile> MISSION_PROFILE;

  static {
    var b = ObjectShape.<MissionProfile>builder("MissionProfile", "a mission profile", null);
    var mission = b.required("mission", MISSION, MissionProfile::mission);
    var mandates = b.list("mandates", MANDATE, MissionProfile::mandates);
    var capabilities = b.set("capabilities", Shapes.code(MissionCapability.class),
        MissionProfile::capabilities);
    var deployed = b.map("deployed", PersonnelCategory.class, PERSONNEL_COUNT,
        MissionProfile::deployed, "Personnel deployed, keyed by personnel category.");
    var asOf = b.required("asOf", Shapes.DATE, MissionProfile::asOf);
    MISSION_PROFILE = b.build(v -> MissionProfile.builder()
        .mission(v.get(mission)).mandates(v.get(mandates)).capabilities(v.get(capabilities))
        .deployed(v.get(deployed)).asOf(v.get(asOf))
        .build());
  }

  // ---------------------------------------------------------------- contributors and records

  static final ObjectShape<MemberStateCommitments> COMMITMENTS;

  static {
    var b = ObjectShape.<MemberStateCommitments>builder("MemberStateCommitments",
        "member state commitments", null);
    var state = b.required("memberState", MEMBER_STATE, MemberStateCommitments::memberState);
    var plan = b.required("wpsNationalActionPlan", Shapes.BOOLEAN,
        MemberStateCommitments::wpsNationalActionPlan);
    var roles = b.required("rolesOpenToWomenReported", Shapes.BOOLEAN,
        MemberStateCommitments::rolesOpenToWomenReported);
    var officers = b.required("officersByRankAndGenderReported", Shapes.BOOLEAN,
        MemberStateCommitments::officersByRankAndGenderReported);
    COMMITMENTS = b.build(v -> MemberStateCommitments.builder()
        .memberState(v.get(state)).wpsNationalActionPlan(v.get(plan))
        .rolesOpenToWomenReported(v.get(roles))
        .officersByRankAndGenderReported(v.get(officers))
        .build());
  }

  static final ObjectShape<DeploymentRecord> DEPLOYMENT_RECORD;

  static {
    var b = ObjectShape.<DeploymentRecord>builder("DeploymentRecord", "a deployment record",
        "The personnel of one contributor in one mission and category on one day.");
    var date = b.required("date", Shapes.DATE, DeploymentRecord::date);
    var contributor = b.required("contributor", CONTRIBUTOR, DeploymentRecord::contributor);
    var mission = b.required("mission", MISSION, DeploymentRecord::mission);
    var category = b.required("category", Shapes.code(PersonnelCategory.class),
        DeploymentRecord::category);
    var personnel = b.required("personnel", PERSONNEL_COUNT, DeploymentRecord::personnel);
    DEPLOYMENT_RECORD = b.build(v -> DeploymentRecord.of(v.get(date), v.get(contributor),
        v.get(mission), v.get(category), v.get(personnel)));
  }

  // ---------------------------------------------------------------- exchange documents

  static final DocumentShape<PledgeRegistryDocument> PLEDGE_REGISTRY = new DocumentShape<>(
      "a pledge registry document", PledgeRegistryDocument.TYPE,
      registry(PLEDGE, "PledgeRegistry"), registry(PLEDGE_V1, "PledgeRegistryV1"));

  private static ObjectShape<PledgeRegistryDocument> registry(ObjectShape<Pledge> pledge,
      String name) {
    var b = ObjectShape.<PledgeRegistryDocument>builder(name, "a pledge registry document",
        "Pledges registered in the Peacekeeping Capability Readiness System.");
    var pledges = b.list("pledges", pledge, PledgeRegistryDocument::pledges);
    return b.build(v -> PledgeRegistryDocument.of(v.get(pledges)));
  }

  /** A deployment snapshot is the same in schema 1.0 and in the current version. */
  static final DocumentShape<DeploymentSnapshotDocument> DEPLOYMENT_SNAPSHOT;

  static {
    var b = ObjectShape.<DeploymentSnapshotDocument>builder("DeploymentSnapshot",
        "a deployment snapshot document", "Personnel deployed on one day, by contributor,"
            + " mission and category.");
    var date = b.required("date", Shapes.DATE, DeploymentSnapshotDocument::date);
    var records = b.list("records", DEPLOYMENT_RECORD, DeploymentSnapshotDocument::records);
    ObjectShape<DeploymentSnapshotDocument> body = b.build(v -> {
      // The snapshot refuses records of another date; say which ones, not just that one is.
      List<Gap> gaps = new java.util.ArrayList<>();
      List<DeploymentRecord> all = v.get(records);
      for (int i = 0; i < all.size(); i++) {
        if (!all.get(i).date().equals(v.get(date))) {
          gaps.add(new Gap("records", "/" + i + "/date", ProblemCode.INVALID_VALUE,
              "must be the snapshot's date " + v.get(date) + ", was " + all.get(i).date()));
        }
      }
      if (!gaps.isEmpty()) {
        throw new Refused(gaps);
      }
      return DeploymentSnapshotDocument.of(DeploymentSnapshot.of(v.get(date), all));
    });
    DEPLOYMENT_SNAPSHOT = new DocumentShape<>("a deployment snapshot document",
        DeploymentSnapshotDocument.TYPE, body, body);
  }

  // ---------------------------------------------------------------- tables

  private static Map<String, Contributor> contributors() {
    Map<String, Contributor> table = new LinkedHashMap<>();
    MemberState.all().forEach(state -> table.put(state.code(), state));
    InternationalOrganisation.all().forEach(org -> table.put(org.code(), org));
    return table;
  }

  private static <T> Map<String, T> table(List<T> values, Function<T, String> key) {
    Map<String, T> table = new LinkedHashMap<>();
    values.forEach(value -> table.put(key.apply(value), value));
    return table;
  }
}
