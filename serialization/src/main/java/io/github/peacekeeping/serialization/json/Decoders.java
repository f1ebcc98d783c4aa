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
import io.github.peacekeeping.serialization.internal.wire.Wire;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The decoders of every core type of the exchange format (docs/json-format.md). Each reports every
 * problem of its value at its JSON Pointer and returns null when there was one.
 */
final class Decoders {

  private static final Pattern SCHEMA_VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /**
   * RFC 3339 full-date, the schema's {@code "format": "date"}: a year of exactly four digits.
   * LocalDate.parse alone also takes "-2013-12-31" and "+12013-12-31", which the schema refuses.
   */
  private static final DateTimeFormatter FULL_DATE = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 2)
      .toFormatter(Locale.ROOT)
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  /** The version this reader reads up to, and writes: that of the wire records. */
  private static final int READER_MAJOR = Wire.SCHEMA_MAJOR;
  private static final int READER_MINOR = Wire.SCHEMA_MINOR;

  /**
   * The only version of major version 1 ever published. Its documents are read where their values
   * map onto the current model without inventing a fact (docs/json-format.md, Versioning).
   */
  private static final String VERSION_1 = "1.0";

  /** What this reader reads, for messages. */
  private static final String READS = "major version " + READER_MAJOR + " up to "
      + Wire.SCHEMA_VERSION + ", and " + VERSION_1 + " where it maps without inventing a fact";

  private static final Map<Class<?>, Decoder<?>> BY_TYPE = byType();

  /**
   * The contributors already decoded, by exact code: the core lookup normalises and scans the
   * organisations for every value, and a registry names the same few contributors again and again.
   */
  private static final Map<String, Contributor> CONTRIBUTORS = new java.util.concurrent.ConcurrentHashMap<>();

  private Decoders() {}

  /** Returns the decoder of a top-level type, or null when the format has none. */
  @SuppressWarnings("unchecked")
  static <T> Decoder<T> forType(Class<T> type) {
    return (Decoder<T>) BY_TYPE.get(type);
  }

  /** Returns the supported top-level types. */
  static List<Class<?>> supportedTypes() {
    return List.copyOf(BY_TYPE.keySet());
  }

  private static Map<Class<?>, Decoder<?>> byType() {
    Map<Class<?>, Decoder<?>> map = new LinkedHashMap<>();
    map.put(PledgeRegistryDocument.class, (Decoder<PledgeRegistryDocument>) Decoders::registry);
    map.put(DeploymentSnapshotDocument.class, (Decoder<DeploymentSnapshotDocument>) Decoders::snapshot);
    map.put(Contributor.class, (Decoder<Contributor>) Decoders::contributor);
    map.put(MemberState.class, (Decoder<MemberState>) Decoders::memberState);
    map.put(InternationalOrganisation.class, (Decoder<InternationalOrganisation>) Decoders::organisation);
    map.put(Mission.class, (Decoder<Mission>) Decoders::mission);
    map.put(SecurityCouncilResolution.class, (Decoder<SecurityCouncilResolution>) Decoders::resolution);
    map.put(Share.class, (Decoder<Share>) Decoders::share);
    map.put(MandatePeriod.class, (Decoder<MandatePeriod>) Decoders::period);
    map.put(PersonnelCount.class, (Decoder<PersonnelCount>) Decoders::personnelCount);
    map.put(UnitType.class, (Decoder<UnitType>) Decoders::unitType);
    map.put(Platoon.class, (Decoder<Platoon>) Decoders::platoon);
    map.put(EngagementTeam.class, (Decoder<EngagementTeam>) Decoders::engagementTeam);
    map.put(Caveat.class, (Decoder<Caveat>) Decoders::caveat);
    map.put(PredeploymentTraining.class, (Decoder<PredeploymentTraining>) Decoders::training);
    map.put(Unit.class, (Decoder<Unit>) Decoders::unit);
    map.put(Readiness.class, (Decoder<Readiness>) Decoders::readiness);
    map.put(ReadinessStep.class, (Decoder<ReadinessStep>) Decoders::readinessStep);
    map.put(AssessmentVisit.class, (Decoder<AssessmentVisit>) Decoders::assessmentVisit);
    map.put(SurAlignment.class, (Decoder<SurAlignment>) Decoders::surAlignment);
    map.put(RapidDeploymentCommitment.class,
        (Decoder<RapidDeploymentCommitment>) Decoders::rapidDeployment);
    map.put(Arrangement.class, (Decoder<Arrangement>) Decoders::arrangement);
    map.put(RotationPeriod.class, (Decoder<RotationPeriod>) Decoders::rotationPeriod);
    map.put(EquipmentOffer.class, (Decoder<EquipmentOffer>) Decoders::equipmentOffer);
    map.put(TrainingOffer.class, (Decoder<TrainingOffer>) Decoders::trainingOffer);
    map.put(Pledge.class, (Decoder<Pledge>) Decoders::pledge);
    map.put(MandatedTask.class, (Decoder<MandatedTask>) Decoders::mandatedTask);
    map.put(AuthorisedCeiling.class, (Decoder<AuthorisedCeiling>) Decoders::ceiling);
    map.put(Mandate.class, (Decoder<Mandate>) Decoders::mandate);
    map.put(MissionProfile.class, (Decoder<MissionProfile>) Decoders::missionProfile);
    map.put(MemberStateCommitments.class, (Decoder<MemberStateCommitments>) Decoders::commitments);
    map.put(DeploymentRecord.class, (Decoder<DeploymentRecord>) Decoders::deploymentRecord);
    return map;
  }

  // ---------------------------------------------------------------- JSON types and scalars

  /** Reports a JSON null, which the format never uses. */
  static boolean notNull(JsonNode node, Pointer pointer, Problems problems) {
    if (node.isNull()) {
      problems.structure(pointer, "null is not allowed: an absent optional value is omitted");
      return false;
    }
    return true;
  }

  /** Reports a node of the wrong JSON type. */
  static boolean expect(JsonNode node, boolean ok, Pointer pointer, Problems problems, String what) {
    if (ok) {
      return true;
    }
    problems.structure(pointer, "expected " + what + ", was " + describe(node));
    return false;
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case NULL -> "null";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case BOOLEAN -> "the boolean " + node.booleanValue();
      case NUMBER -> "the number " + node;
      case STRING -> "the string " + quote(node.stringValue());
      default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  /** Quotes user text for a message, shortened so a hostile document cannot flood the report. */
  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
    return "'" + shown + "'";
  }

  static String string(JsonNode node, Pointer pointer, Problems problems) {
    return expect(node, node.isString(), pointer, problems, "a string") ? node.stringValue() : null;
  }

  static Boolean bool(JsonNode node, Pointer pointer, Problems problems) {
    return expect(node, node.isBoolean(), pointer, problems, "a boolean (true or false)")
        ? node.booleanValue() : null;
  }

  static Integer integer(JsonNode node, Pointer pointer, Problems problems) {
    if (node.isInt()) {
      return node.intValue(); // the common case, without a BigInteger
    }
    BigInteger value = integral(node, pointer, problems, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return value == null ? null : value.intValue();
  }

  static Long longInteger(JsonNode node, Pointer pointer, Problems problems) {
    if (node.isInt() || node.isLong()) {
      return node.longValue(); // the common case, without a BigInteger
    }
    BigInteger value = integral(node, pointer, problems, Long.MIN_VALUE, Long.MAX_VALUE);
    return value == null ? null : value.longValue();
  }

  private static BigInteger integral(JsonNode node, Pointer pointer, Problems problems, long min, long max) {
    if (!expect(node, node.isNumber(), pointer, problems, "an integer (a JSON number)")) {
      return null;
    }
    if (!node.isIntegralNumber()) {
      problems.structure(pointer, "expected an integer without fraction or exponent, was " + node);
      return null;
    }
    BigInteger value = node.bigIntegerValue();
    if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
      problems.structure(pointer, "out of range: must be between " + min + " and " + max + ", was " + value);
      return null;
    }
    return value;
  }

  static LocalDate date(JsonNode node, Pointer pointer, Problems problems) {
    String text = string(node, pointer, problems);
    if (text == null) {
      return null;
    }
    LocalDate fast = plainDate(text);
    if (fast != null) {
      return fast;
    }
    try {
      // ISO_LOCAL_DATE resolves strictly: 2021-02-30 is refused, not moved to March.
      return LocalDate.parse(text, FULL_DATE);
    } catch (DateTimeParseException e) {
      problems.structure(pointer, "malformed date " + quote(text) + " (expected an ISO-8601 calendar date such as 2021-12-07)");
      return null;
    }
  }

  /**
   * Reads a well-formed yyyy-mm-dd date of the ISO calendar without the formatter's machinery;
   * returns null for anything else (including 2021-02-30), which the formatter then judges and
   * reports as before.
   */
  private static LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    if (day > 28 && day > YearMonthLength.of(year, month)) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The value of the ASCII digits text[from, to), or -1 if one is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Month lengths of the proleptic ISO calendar. */
  private static final class YearMonthLength {
    private YearMonthLength() {}

    static int of(int year, int month) {
      return java.time.Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year));
    }
  }

  /**
   * One decoder per enumeration, built on first use: its label, constants and messages are worked
   * out once, not for every value decoded.
   */
  private static final ClassValue<Decoder<?>> CODES = new ClassValue<>() {
    @Override
    protected Decoder<?> computeValue(Class<?> type) {
      return codeDecoder(type.asSubclass(Enum.class));
    }
  };

  /** Decodes an enumeration's stable code; an unknown code lists the allowed ones. */
  @SuppressWarnings("unchecked")
  static <E extends Enum<E>> Decoder<E> code(Class<E> type) {
    return (Decoder<E>) CODES.get(type);
  }

  private static <E extends Enum<E>> Decoder<E> codeDecoder(Class<E> type) {
    String label = label(type);
    E[] constants = type.getEnumConstants();
    Map<String, E> byName = new java.util.HashMap<>();
    for (E constant : constants) {
      byName.put(constant.name(), constant);
    }
    String expected = "a " + label + " code (a string)";
    String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    return (node, pointer, problems) -> {
      if (!node.isString()) {
        expect(node, false, pointer, problems, expected);
        return null;
      }
      String text = node.stringValue();
      E constant = byName.get(text);
      if (constant != null) {
        return constant;
      }
      problems.structure(pointer, "unknown " + label + " " + quote(text) + " (expected one of " + allowed + ")");
      return null;
    };
  }

  /** "ReadinessLevel" becomes "readiness level". */
  private static String label(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  static <T> List<T> list(JsonNode node, Pointer pointer, Problems problems, Decoder<T> element) {
    if (!expect(node, node.isArray(), pointer, problems, "an array")) {
      return null;
    }
    List<T> list = new ArrayList<>(node.size());
    boolean failed = false;
    for (int i = 0; i < node.size(); i++) {
      Pointer at = pointer.index(i);
      JsonNode item = node.get(i);
      T value = notNull(item, at, problems) ? element.decode(item, at, problems) : null;
      if (value == null) {
        failed = true;
      } else {
        list.add(value);
      }
    }
    return failed ? null : list;
  }

  // ---------------------------------------------------------------- textual values

  static Contributor contributor(JsonNode node, Pointer pointer, Problems problems) {
    String code = string(node, pointer, problems);
    if (code == null) {
      return null;
    }
    Contributor known = CONTRIBUTORS.get(code);
    if (known != null) {
      return known;
    }
    Optional<Contributor> found = Optional.empty();
    try {
      found = Optional.of(Contributor.parse(code));
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (found.isEmpty() || !found.get().code().equals(code)) {
      problems.structure(pointer, "unknown contributor " + quote(code)
          + " (expected the upper-case ISO 3166-1 alpha-3 code of a UN Member State, such as KOR,"
          + " or an organisation's code: "
          + InternationalOrganisation.all().stream().map(InternationalOrganisation::code).collect(Collectors.joining(", "))
          + ")");
      return null;
    }
    // Only exact codes of the catalogue get here, so the cache is bounded by the catalogue.
    CONTRIBUTORS.putIfAbsent(code, found.get());
    return found.get();
  }

  static MemberState memberState(JsonNode node, Pointer pointer, Problems problems) {
    Contributor contributor = contributor(node, pointer, problems);
    if (contributor == null) {
      return null;
    }
    if (contributor instanceof MemberState state) {
      return state;
    }
    problems.structure(pointer, "expected a UN Member State, was the organisation " + contributor.code());
    return null;
  }

  static InternationalOrganisation organisation(JsonNode node, Pointer pointer, Problems problems) {
    Contributor contributor = contributor(node, pointer, problems);
    if (contributor == null) {
      return null;
    }
    if (contributor instanceof InternationalOrganisation organisation) {
      return organisation;
    }
    problems.structure(pointer, "expected an international organisation, was the Member State " + contributor.code());
    return null;
  }

  static Mission mission(JsonNode node, Pointer pointer, Problems problems) {
    String acronym = string(node, pointer, problems);
    if (acronym == null) {
      return null;
    }
    Optional<Mission> found = Mission.find(acronym);
    if (found.isEmpty() || !found.get().acronym().equals(acronym)) {
      problems.structure(pointer, "unknown mission " + quote(acronym)
          + " (expected the upper-case acronym of a catalogued mission, such as UNMISS)");
      return null;
    }
    return found.get();
  }

  static SecurityCouncilResolution resolution(JsonNode node, Pointer pointer, Problems problems) {
    String symbol = string(node, pointer, problems);
    if (symbol == null) {
      return null;
    }
    try {
      SecurityCouncilResolution resolution = SecurityCouncilResolution.parse(symbol);
      if (resolution.toString().equals(symbol)) {
        return resolution;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    problems.structure(pointer, "malformed resolution symbol " + quote(symbol) + " (expected such as S/RES/2729 (2024))");
    return null;
  }

  static Share share(JsonNode node, Pointer pointer, Problems problems) {
    String text = string(node, pointer, problems);
    if (text == null) {
      return null;
    }
    try {
      return Share.parse(text);
    } catch (IllegalArgumentException e) {
      problems.structure(pointer, "malformed share " + quote(text) + " (expected such as 20% or 1/3): " + e.getMessage());
      return null;
    }
  }

  static MandatePeriod period(JsonNode node, Pointer pointer, Problems problems) {
    String text = string(node, pointer, problems);
    if (text == null) {
      return null;
    }
    try {
      return MandatePeriod.parse(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      problems.structure(pointer, "malformed mandate period " + quote(text)
          + " (expected an ISO-8601 interval such as 2024-04-30/2025-04-30): " + e.getMessage());
      return null;
    }
  }

  // ---------------------------------------------------------------- personnel and units

  static PersonnelCount personnelCount(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a personnel count", "women", "men");
    if (f == null) {
      return null;
    }
    Long women = f.required("women", Decoders::longInteger);
    Long men = f.required("men", Decoders::longInteger);
    return f.build(() -> PersonnelCount.of(women, men));
  }

  static UnitType unitType(JsonNode node, Pointer pointer, Problems problems) {
    if (node.isString()) {
      String code = node.stringValue();
      for (UnitType type : UnitType.standardTypes()) {
        if (type.code().equals(code)) {
          return type;
        }
      }
      problems.structure(pointer, "unknown standard unit type " + quote(code) + " (expected one of "
          + UnitType.standardTypes().stream().map(UnitType::code).collect(Collectors.joining(", "))
          + ", or an object describing another type)");
      return null;
    }
    if (!expect(node, node.isObject(), pointer, problems, "a unit type (a standard type's code or an object)")) {
      return null;
    }
    Fields f = Fields.open(node, pointer, problems, "a unit type",
        "code", "name", "category", "formed", "nominalStrength", "helicopter", "medical");
    String code = f.required("code", Decoders::string);
    String name = f.required("name", Decoders::string);
    UnitCategory category = f.required("category", code(UnitCategory.class));
    Boolean formed = f.required("formed", Decoders::bool);
    var nominalStrength = f.optionalInt("nominalStrength");
    Boolean helicopter = f.required("helicopter", Decoders::bool);
    Boolean medical = f.required("medical", Decoders::bool);
    return f.build(() -> UnitType.builder()
        .code(code).name(name).category(category).formed(formed)
        .nominalStrength(nominalStrength).helicopter(helicopter).medical(medical)
        .build());
  }

  static Platoon platoon(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a platoon", "name", "personnel");
    if (f == null) {
      return null;
    }
    String name = f.required("name", Decoders::string);
    PersonnelCount personnel = f.required("personnel", Decoders::personnelCount);
    return f.build(() -> Platoon.of(name, personnel));
  }

  static EngagementTeam engagementTeam(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "an engagement team", "name", "personnel");
    if (f == null) {
      return null;
    }
    String name = f.required("name", Decoders::string);
    PersonnelCount personnel = f.required("personnel", Decoders::personnelCount);
    return f.build(() -> EngagementTeam.of(name, personnel));
  }

  static Caveat caveat(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a caveat", "description", "declared");
    if (f == null) {
      return null;
    }
    String description = f.required("description", Decoders::string);
    Boolean declared = f.required("declared", Decoders::bool);
    return f.build(() -> Caveat.of(description, declared));
  }

  static PredeploymentTraining training(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "pre-deployment training",
        "unMinimumStandards", "conflictRelatedSexualViolence", "sexualExploitationAndAbuse",
        "genderSensitive", "completedOn");
    if (f == null) {
      return null;
    }
    Boolean standards = f.required("unMinimumStandards", Decoders::bool);
    Boolean crsv = f.required("conflictRelatedSexualViolence", Decoders::bool);
    Boolean sea = f.required("sexualExploitationAndAbuse", Decoders::bool);
    Boolean gender = f.required("genderSensitive", Decoders::bool);
    Optional<LocalDate> completedOn = f.optional("completedOn", Decoders::date);
    return f.build(() -> PredeploymentTraining.builder()
        .unMinimumStandards(standards).conflictRelatedSexualViolence(crsv)
        .sexualExploitationAndAbuse(sea).genderSensitive(gender).completedOn(completedOn)
        .build());
  }

  static Unit unit(JsonNode node, Pointer pointer, Problems problems) {
    return unit(node, pointer, problems, false);
  }

  /** A unit of schema 1.0: the same, without {@code vettedOn} (an undated vetting). */
  static Unit unitV1(JsonNode node, Pointer pointer, Problems problems) {
    return unit(node, pointer, problems, true);
  }

  private static Unit unit(JsonNode node, Pointer pointer, Problems problems, boolean v1) {
    Fields f = v1
        ? Fields.open(node, pointer, problems, "a unit (schema " + VERSION_1 + ")",
            "id", "type", "contributor", "status", "mission", "personnel", "roles", "platoons",
            "engagementTeams", "training", "vetted", "equipment", "caveats", "nightFlyingCapable",
            "rapidDeploymentDays")
        : Fields.open(node, pointer, problems, "a unit",
            "id", "type", "contributor", "status", "mission", "personnel", "roles", "platoons",
            "engagementTeams", "training", "vetted", "vettedOn", "equipment", "caveats",
            "nightFlyingCapable", "rapidDeploymentDays");
    if (f == null) {
      return null;
    }
    String id = f.required("id", Decoders::string);
    UnitType type = f.required("type", Decoders::unitType);
    Contributor contributor = f.required("contributor", Decoders::contributor);
    DeploymentStatus status = f.required("status", code(DeploymentStatus.class));
    Optional<Mission> mission = f.optional("mission", Decoders::mission);
    PersonnelCount personnel = f.required("personnel", Decoders::personnelCount);
    Map<UnitRole, PersonnelCount> roles = f.map("roles", code(UnitRole.class), Decoders::personnelCount);
    List<Platoon> platoons = f.list("platoons", Decoders::platoon);
    List<EngagementTeam> teams = f.list("engagementTeams", Decoders::engagementTeam);
    Optional<PredeploymentTraining> training = f.optional("training", Decoders::training);
    Boolean vetted = f.required("vetted", Decoders::bool);
    Optional<LocalDate> vettedOn = v1 ? Optional.empty() : f.optional("vettedOn", Decoders::date);
    EquipmentStatus equipment = f.required("equipment", code(EquipmentStatus.class));
    List<Caveat> caveats = f.list("caveats", Decoders::caveat);
    Boolean nightFlying = f.required("nightFlyingCapable", Decoders::bool);
    var days = f.optionalInt("rapidDeploymentDays");
    return f.build(() -> Unit.builder()
        .id(id).type(type).contributor(contributor).status(status).mission(mission)
        .personnel(personnel).roles(roles).platoons(platoons).engagementTeams(teams)
        .training(training).vetted(vetted).vettedOn(vettedOn).equipment(equipment).caveats(caveats)
        .nightFlyingCapable(nightFlying).rapidDeploymentDays(days)
        .build());
  }

  // ---------------------------------------------------------------- pledges

  static Readiness readiness(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a readiness", "steps");
    if (f == null) {
      return null;
    }
    List<ReadinessStep> steps = f.list("steps", Decoders::readinessStep);
    return f.build(() -> Readiness.builder().addAllSteps(steps).build());
  }

  static ReadinessStep readinessStep(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a readiness step",
        "on", "level", "exit", "aav", "sur", "rapidDeployment");
    if (f == null) {
      return null;
    }
    LocalDate on = f.required("on", Decoders::date);
    Optional<ReadinessLevel> level = f.optional("level", code(ReadinessLevel.class));
    Optional<ReadinessExit> exit = f.optional("exit", code(ReadinessExit.class));
    Optional<AssessmentVisit> aav = f.optional("aav", Decoders::assessmentVisit);
    Optional<SurAlignment> sur = f.optional("sur", Decoders::surAlignment);
    Optional<RapidDeploymentCommitment> rapid =
        f.optional("rapidDeployment", Decoders::rapidDeployment);
    return f.build(() -> ReadinessStep.builder()
        .on(on).level(level).exit(exit).aav(aav).sur(sur).rapidDeployment(rapid)
        .build());
  }

  static AssessmentVisit assessmentVisit(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "an assessment and advisory visit",
        "date", "successful");
    if (f == null) {
      return null;
    }
    LocalDate date = f.required("date", Decoders::date);
    Boolean successful = f.required("successful", Decoders::bool);
    return f.build(
        () -> successful ? AssessmentVisit.of(date) : AssessmentVisit.unsuccessful(date));
  }

  static SurAlignment surAlignment(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a SUR alignment",
        "reference", "kind", "alignedOn");
    if (f == null) {
      return null;
    }
    String reference = f.required("reference", Decoders::string);
    SurKind kind = f.required("kind", code(SurKind.class));
    LocalDate alignedOn = f.required("alignedOn", Decoders::date);
    return f.build(() -> SurAlignment.of(reference, kind, alignedOn));
  }

  static RapidDeploymentCommitment rapidDeployment(
      JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a rapid-deployment commitment",
        "days", "committedOn");
    if (f == null) {
      return null;
    }
    Integer days = f.required("days", Decoders::integer);
    LocalDate committedOn = f.required("committedOn", Decoders::date);
    return f.build(() -> RapidDeploymentCommitment.of(days, committedOn));
  }

  /**
   * A readiness of schema 1.0, {@code {"level", "registeredOn"?, "aavDate"?, "surReference"?,
   * "rapidDeploymentDays"?}}: the level claimed, not a history. It maps onto a history only where
   * nothing has to be invented: a pledge registered at {@code LEVEL_1} on {@code registeredOn},
   * with no evidence, is the one-step history {@code Readiness.of(LEVEL_1, registeredOn)}. Every
   * other 1.0 readiness lacks a fact the history records (the registration day, the day a higher
   * level was reached, a visit's outcome, the day of a SUR alignment or of a commitment): each
   * such gap is a problem at the property concerned, never a guess.
   */
  static Readiness readinessV1(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a readiness (schema " + VERSION_1 + ")",
        "level", "registeredOn", "aavDate", "surReference", "rapidDeploymentDays");
    if (f == null) {
      return null;
    }
    ReadinessLevel level = f.required("level", code(ReadinessLevel.class));
    Optional<LocalDate> registeredOn = f.optional("registeredOn", Decoders::date);
    Optional<LocalDate> aavDate = f.optional("aavDate", Decoders::date);
    Optional<String> sur = f.optional("surReference", Decoders::string);
    OptionalInt days = f.optionalInt("rapidDeploymentDays");
    if (f.failed()) {
      return null; // not a sound 1.0 readiness: whether it maps is beside the point
    }
    String cannot = "a schema " + VERSION_1 + " readiness cannot be read as a "
        + Wire.SCHEMA_VERSION + " readiness history without inventing ";
    if (registeredOn.isEmpty()) {
      problems.structure(pointer, cannot + "its first day: it has no 'registeredOn', the day"
          + " of the registration that starts the history");
      f.fail();
    }
    if (level != ReadinessLevel.LEVEL_1) {
      problems.structure(pointer.child("level"), cannot + "the day " + level + " was reached: "
          + VERSION_1 + " records the level claimed, not when it was reached (write the history"
          + " as " + Wire.SCHEMA_VERSION + " 'steps')");
      f.fail();
    }
    if (aavDate.isPresent()) {
      problems.structure(pointer.child("aavDate"), cannot + "the outcome of the visit: "
          + VERSION_1 + " does not record whether it was successful ('aav.successful')");
      f.fail();
    }
    if (sur.isPresent()) {
      problems.structure(pointer.child("surReference"), cannot + "the day of the SUR alignment and"
          + " the kind of statement: " + VERSION_1 + " records neither ('sur.alignedOn',"
          + " 'sur.kind')");
      f.fail();
    }
    if (days.isPresent()) {
      problems.structure(pointer.child("rapidDeploymentDays"), cannot + "the day of the"
          + " commitment: " + VERSION_1 + " does not record it ('rapidDeployment.committedOn')");
      f.fail();
    }
    return f.build(() -> Readiness.of(ReadinessLevel.LEVEL_1, registeredOn.orElseThrow()));
  }

  static Arrangement arrangement(JsonNode node, Pointer pointer, Problems problems) {
    if (!expect(node, node.isObject(), pointer, problems, "an arrangement (a JSON object)")) {
      return null;
    }
    JsonNode kindNode = node.get("kind");
    if (kindNode == null) {
      problems.structure(pointer, "missing required property 'kind' (expected one of "
          + Arrays.stream(ArrangementKind.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
      return null;
    }
    Pointer kindAt = pointer.child("kind");
    ArrangementKind kind = notNull(kindNode, kindAt, problems)
        ? code(ArrangementKind.class).decode(kindNode, kindAt, problems) : null;
    if (kind == null) {
      // Without a known kind the other properties cannot be judged; one problem is enough.
      return null;
    }
    String what = "a " + kind + " arrangement";
    switch (kind) {
      case SINGLE -> {
        Fields f = Fields.open(node, pointer, problems, what, "kind", "contributor");
        Contributor contributor = f.required("contributor", Decoders::contributor);
        return f.build(() -> SingleContributor.of(contributor));
      }
      case JOINT -> {
        Fields f = Fields.open(node, pointer, problems, what, "kind", "contributors");
        List<Contributor> contributors = f.list("contributors", Decoders::contributor);
        return f.build(() -> JointPledge.of(contributors));
      }
      case ROTATION -> {
        Fields f = Fields.open(node, pointer, problems, what, "kind", "periods");
        List<RotationPeriod> periods = f.list("periods", Decoders::rotationPeriod);
        return f.build(() -> Rotation.of(periods));
      }
      case TRIANGULAR -> {
        Fields f = Fields.open(node, pointer, problems, what, "kind", "contributor", "provider");
        Contributor contributor = f.required("contributor", Decoders::contributor);
        Contributor provider = f.required("provider", Decoders::contributor);
        return f.build(() -> TriangularPartnership.of(contributor, provider));
      }
      case DONATION -> {
        Fields f = Fields.open(node, pointer, problems, what, "kind", "donor", "recipient");
        Contributor donor = f.required("donor", Decoders::contributor);
        Optional<Contributor> recipient = f.optional("recipient", Decoders::contributor);
        return f.build(() -> Donation.of(donor, recipient));
      }
      default -> throw new AssertionError(kind);
    }
  }

  static RotationPeriod rotationPeriod(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a rotation period", "contributor", "from", "to");
    if (f == null) {
      return null;
    }
    Contributor contributor = f.required("contributor", Decoders::contributor);
    LocalDate from = f.required("from", Decoders::date);
    LocalDate to = f.required("to", Decoders::date);
    return f.build(() -> RotationPeriod.of(contributor, from, to));
  }

  static EquipmentOffer equipmentOffer(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "an equipment offer", "description", "quantity", "recipient");
    if (f == null) {
      return null;
    }
    String description = f.required("description", Decoders::string);
    Integer quantity = f.required("quantity", Decoders::integer);
    Optional<Contributor> recipient = f.optional("recipient", Decoders::contributor);
    return f.build(() -> recipient.isPresent()
        ? EquipmentOffer.of(description, quantity, recipient.get())
        : EquipmentOffer.of(description, quantity));
  }

  static TrainingOffer trainingOffer(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a training offer", "description", "recipients");
    if (f == null) {
      return null;
    }
    String description = f.required("description", Decoders::string);
    List<Contributor> recipients = f.list("recipients", Decoders::contributor);
    return f.build(() -> TrainingOffer.of(description, recipients));
  }

  static Pledge pledge(JsonNode node, Pointer pointer, Problems problems) {
    return pledge(node, pointer, problems, false);
  }

  /**
   * A pledge of schema 1.0: its {@code reconfirmedOn}, the last reconfirmation, is the one
   * reconfirmation known; its units are 1.0 units and its readiness a 1.0 readiness ({@link
   * #readinessV1}).
   */
  static Pledge pledgeV1(JsonNode node, Pointer pointer, Problems problems) {
    return pledge(node, pointer, problems, true);
  }

  private static Pledge pledge(JsonNode node, Pointer pointer, Problems problems, boolean v1) {
    Fields f = Fields.open(node, pointer, problems,
        v1 ? "a pledge (schema " + VERSION_1 + ")" : "a pledge",
        "id", "arrangement", "categories", "conference", "pledgedOn",
        v1 ? "reconfirmedOn" : "reconfirmations", "units", "equipment", "training", "readiness");
    if (f == null) {
      return null;
    }
    Decoder<Unit> unit = v1 ? Decoders::unitV1 : Decoders::unit;
    Decoder<Readiness> readinessDecoder = v1 ? Decoders::readinessV1 : Decoders::readiness;
    String id = f.required("id", Decoders::string);
    Arrangement arrangement = f.required("arrangement", Decoders::arrangement);
    var categories = f.set("categories", code(PledgeCategory.class));
    Optional<Conference> conference = f.optional("conference", code(Conference.class));
    LocalDate pledgedOn = f.required("pledgedOn", Decoders::date);
    List<LocalDate> reconfirmations = v1
        ? reconfirmedOn(f, pledgedOn)
        : f.list("reconfirmations", Decoders::date);
    List<Unit> units = f.list("units", unit);
    List<EquipmentOffer> equipment = f.list("equipment", Decoders::equipmentOffer);
    List<TrainingOffer> training = f.list("training", Decoders::trainingOffer);
    Optional<Readiness> readiness = f.optional("readiness", readinessDecoder);
    return f.build(() -> Pledge.builder()
        .id(id).arrangement(arrangement).categories(categories).conference(conference)
        .pledgedOn(pledgedOn).reconfirmations(reconfirmations).units(units).equipment(equipment)
        .training(training).readiness(readiness)
        .build());
  }

  /** The reconfirmations of a 1.0 pledge: its {@code reconfirmedOn}, if any. */
  private static List<LocalDate> reconfirmedOn(Fields f, LocalDate pledgedOn) {
    Optional<LocalDate> reconfirmedOn = f.optional("reconfirmedOn", Decoders::date);
    if (pledgedOn != null && reconfirmedOn.isPresent() && reconfirmedOn.get().isBefore(pledgedOn)) {
      // Said here, at the 1.0 property: the core would name 'reconfirmations[0]', absent here.
      f.problems().structure(f.pointer().child("reconfirmedOn"), "must not be before pledgedOn "
          + pledgedOn + ", was " + reconfirmedOn.get());
      f.fail();
    }
    return reconfirmedOn.stream().toList();
  }

  // ---------------------------------------------------------------- missions

  static MandatedTask mandatedTask(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a mandated task", "description", "kind", "priority", "phase");
    if (f == null) {
      return null;
    }
    String description = f.required("description", Decoders::string);
    MandatedTaskKind kind = f.required("kind", code(MandatedTaskKind.class));
    var priority = f.optionalInt("priority");
    Optional<String> phase = f.optional("phase", Decoders::string);
    return f.build(() -> MandatedTask.builder()
        .description(description).kind(kind).priority(priority).phase(phase)
        .build());
  }

  static AuthorisedCeiling ceiling(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "an authorised ceiling",
        "categories", "maximum", "subCeilings");
    if (f == null) {
      return null;
    }
    var categories = f.set("categories", code(PersonnelCategory.class));
    Long maximum = f.required("maximum", Decoders::longInteger);
    // Recursive, as deep as the parser's nesting bound lets a document go.
    List<AuthorisedCeiling> subCeilings = f.list("subCeilings", Decoders::ceiling);
    return f.build(() -> {
      AuthorisedCeiling ceiling = AuthorisedCeiling.of(maximum, categories);
      for (AuthorisedCeiling sub : subCeilings) {
        // Refuses with "subCeilings[i]: ...", i as in the document.
        ceiling = ceiling.withSubCeiling(sub);
      }
      return ceiling;
    });
  }

  static Mandate mandate(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a mandate", "mission", "authorisedBy", "period", "tasks", "ceilings");
    if (f == null) {
      return null;
    }
    Mission mission = f.required("mission", Decoders::mission);
    SecurityCouncilResolution authorisedBy = f.required("authorisedBy", Decoders::resolution);
    MandatePeriod period = f.required("period", Decoders::period);
    List<MandatedTask> tasks = f.list("tasks", Decoders::mandatedTask);
    List<AuthorisedCeiling> ceilings = f.list("ceilings", Decoders::ceiling);
    return f.build(() -> Mandate.builder()
        .mission(mission).authorisedBy(authorisedBy).period(period).tasks(tasks).ceilings(ceilings)
        .build());
  }

  static MissionProfile missionProfile(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a mission profile", "mission", "mandates", "capabilities", "deployed", "asOf");
    if (f == null) {
      return null;
    }
    Mission mission = f.required("mission", Decoders::mission);
    List<Mandate> mandates = f.list("mandates", Decoders::mandate);
    var capabilities = f.set("capabilities", code(MissionCapability.class));
    Map<PersonnelCategory, PersonnelCount> deployed =
        f.map("deployed", code(PersonnelCategory.class), Decoders::personnelCount);
    LocalDate asOf = f.required("asOf", Decoders::date);
    return f.build(() -> MissionProfile.builder()
        .mission(mission).mandates(mandates).capabilities(capabilities).deployed(deployed)
        .asOf(asOf)
        .build());
  }

  static MemberStateCommitments commitments(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "member state commitments",
        "memberState", "wpsNationalActionPlan", "rolesOpenToWomenReported", "officersByRankAndGenderReported");
    if (f == null) {
      return null;
    }
    MemberState state = f.required("memberState", Decoders::memberState);
    Boolean plan = f.required("wpsNationalActionPlan", Decoders::bool);
    Boolean roles = f.required("rolesOpenToWomenReported", Decoders::bool);
    Boolean officers = f.required("officersByRankAndGenderReported", Decoders::bool);
    return f.build(() -> MemberStateCommitments.builder()
        .memberState(state).wpsNationalActionPlan(plan).rolesOpenToWomenReported(roles)
        .officersByRankAndGenderReported(officers)
        .build());
  }

  static DeploymentRecord deploymentRecord(JsonNode node, Pointer pointer, Problems problems) {
    Fields f = Fields.open(node, pointer, problems, "a deployment record", "date", "contributor", "mission", "category", "personnel");
    if (f == null) {
      return null;
    }
    LocalDate date = f.required("date", Decoders::date);
    Contributor contributor = f.required("contributor", Decoders::contributor);
    Mission mission = f.required("mission", Decoders::mission);
    PersonnelCategory category = f.required("category", code(PersonnelCategory.class));
    PersonnelCount personnel = f.required("personnel", Decoders::personnelCount);
    return f.build(() -> DeploymentRecord.of(date, contributor, mission, category, personnel));
  }

  // ---------------------------------------------------------------- exchange documents

  static PledgeRegistryDocument registry(JsonNode node, Pointer pointer, Problems problems) {
    Major major = envelope(node, pointer, problems, PledgeRegistryDocument.TYPE);
    if (major == null) {
      return null;
    }
    Fields f = Fields.open(node, pointer, problems, "a pledge registry document", "schemaVersion", "type", "pledges");
    List<Pledge> pledges = f.list("pledges", major.pledges());
    return f.build(() -> PledgeRegistryDocument.of(pledges));
  }

  static DeploymentSnapshotDocument snapshot(JsonNode node, Pointer pointer, Problems problems) {
    // A deployment snapshot is the same in schema 1.0 and in the current version.
    if (envelope(node, pointer, problems, DeploymentSnapshotDocument.TYPE) == null) {
      return null;
    }
    Fields f = Fields.open(node, pointer, problems, "a deployment snapshot document", "schemaVersion", "type", "date", "records");
    LocalDate date = f.required("date", Decoders::date);
    List<DeploymentRecord> records = f.list("records", Decoders::deploymentRecord);
    if (date != null) {
      // The snapshot refuses records of another date; say which ones, not just that one is.
      for (int i = 0; i < records.size(); i++) {
        if (!records.get(i).date().equals(date)) {
          problems.structure(pointer.child("records").index(i).child("date"),
              "must be the snapshot's date " + date + ", was " + records.get(i).date());
          f.fail();
        }
      }
    }
    return f.build(() -> DeploymentSnapshotDocument.of(DeploymentSnapshot.of(date, records)));
  }

  /** The major versions of the format this reader reads. */
  enum Major {
    /**
     * Schema 1.0, read where its values map onto the current model without inventing a fact: a
     * deployment snapshot as it is, a registry's pledges with {@link #pledgeV1}.
     */
    ONE,
    /** The current major version, {@link Wire#SCHEMA_MAJOR}. */
    CURRENT;

    /** The decoder of the pledges of a registry document of this major version. */
    Decoder<Pledge> pledges() {
      return this == ONE ? Decoders::pledgeV1 : Decoders::pledge;
    }
  }

  /**
   * Checks the schema version and the type before anything else: a document of another major
   * version may mean anything, so its other properties are not judged. Returns the major version
   * to read the document as, or null when the envelope is refused (its problems reported).
   */
  static Major envelope(JsonNode node, Pointer pointer, Problems problems, String type) {
    if (!expect(node, node.isObject(), pointer, problems, "an exchange document (a JSON object)")) {
      return null;
    }
    JsonNode version = node.get("schemaVersion");
    Pointer versionAt = pointer.child("schemaVersion");
    if (version == null) {
      problems.structure(pointer, "missing required property 'schemaVersion' (this reader reads " + READS + ")");
      return null;
    }
    String text = notNull(version, versionAt, problems) ? string(version, versionAt, problems) : null;
    if (text == null) {
      return null;
    }
    Matcher m = SCHEMA_VERSION.matcher(text);
    if (!m.matches()) {
      problems.structure(versionAt, "malformed schema version " + quote(text) + " (expected MAJOR.MINOR such as " + Wire.SCHEMA_VERSION + ")");
      return null;
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    Major read;
    if (major == READER_MAJOR) {
      if (minor > READER_MINOR) {
        problems.structure(versionAt, "schema version " + quote(text) + " is newer than this reader's "
            + Wire.SCHEMA_VERSION + ": read it with a newer version of the library");
        return null;
      }
      read = Major.CURRENT;
    } else if (text.equals(VERSION_1)) {
      read = Major.ONE;
    } else {
      problems.structure(versionAt, "unsupported schema version " + quote(text) + ": this reader reads " + READS);
      return null;
    }
    JsonNode typeNode = node.get("type");
    Pointer typeAt = pointer.child("type");
    if (typeNode == null) {
      problems.structure(pointer, "missing required property 'type' (expected '" + type + "')");
      return null;
    }
    String actual = notNull(typeNode, typeAt, problems) ? string(typeNode, typeAt, problems) : null;
    if (actual == null) {
      return null;
    }
    if (!actual.equals(type)) {
      problems.structure(typeAt, "unexpected document type " + quote(actual) + " (expected '" + type + "')");
      return null;
    }
    return read;
  }
}
