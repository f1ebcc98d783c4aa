package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionKind;
import io.github.peacekeeping.core.personnel.PersonnelCount;
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
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of {@link Unit}s, valid by default (see {@link Testkit}), narrowed fluently.
 *
 * <p>Each narrowing method returns a new generator and leaves this one unchanged. The defaults:
 * any of the {@linkplain UnitType#standardTypes() standard unit types}, any UN Member State as
 * contributor, any deployment status. A deployed unit serves in a peacekeeping operation that
 * operates on {@link Testkit#DEFAULT_DATE} ({@link
 * io.github.peacekeeping.core.mission.Mission#operatesOn}); half of the others name one too.
 * Every unit is vetted (four in five on a recorded day within the three years up to {@link
 * Testkit#DEFAULT_DATE}), has completed gender-sensitive pre-deployment training to UN standards
 * (conflict-related sexual violence and sexual exploitation and abuse included) within the two
 * years before it, has its equipment at standard and declares every caveat. No training or
 * vetting is dated after {@link Testkit#DEFAULT_DATE}. A
 * formed unit includes a gender adviser, a formed military unit one to three National
 * Investigation Officers; a formed police unit has an all-women platoon; engagement teams (of
 * infantry battalions and quick reaction forces) count at least two women each; helicopter units
 * fly at night; a stated rapid-deployment window is 30, 60 or 90 days. Headcounts are plausible
 * test figures (an infantry battalion of 650 to 850, a formed police unit around its nominal
 * 140), not data.
 *
 * <p><b>Shrinking.</b> The types are drawn smallest headcount first and the headcount right
 * after the type, so a failing unit shrinks towards a small type and the smallest headcount that
 * still fails ("no unit over 100 personnel" shrinks to a unit of 101); caveats, engagement teams,
 * a rapid-deployment window, a mission (but for a deployed unit) and a day of vetting shrink
 * towards absence. A unit drawn alone has the id {@code <contributor>-<type>-<1..9>}; the units
 * of a pledge are numbered within it (see {@link PledgeGenerator}).
 *
 * <p>{@link #violating(String)} turns it into a generator of units that break exactly one chosen
 * rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitGenerator implements Gen<Unit> {

  private static final List<String> CAVEATS = List.of(
      "No operations outside the assigned sector without national approval",
      "No night patrols beyond the base perimeter",
      "No participation in crowd control",
      "Air assets not to cross the international border");

  private final List<UnitType> types;
  private final Gen<? extends Contributor> contributors;
  private final List<DeploymentStatus> statuses;
  private final boolean rapidDeployment;
  // The rule each valid unit is then made to break, or null for valid units. The types and
  // statuses above are already narrowed to those the rule applies to.
  private final @Nullable Breach breach;

  private UnitGenerator(
      List<UnitType> types,
      Gen<? extends Contributor> contributors,
      List<DeploymentStatus> statuses,
      boolean rapidDeployment,
      @Nullable Breach breach) {
    if (breach != null) {
      List<UnitType> applicable = types.stream().filter(breach.types()).toList();
      if (applicable.isEmpty()) {
        throw Breaches.conflict(breach.ruleId(), "a unit type that is " + breach.typesWording(),
            "draws only " + types);
      }
      List<DeploymentStatus> statusesApplicable =
          statuses.stream().filter(breach.statuses()::contains).toList();
      if (statusesApplicable.isEmpty()) {
        throw Breaches.conflict(breach.ruleId(), "a unit whose status is one of "
            + breach.statuses(), "draws only " + statuses);
      }
      types = applicable;
      statuses = statusesApplicable;
    }
    // Smallest headcount first: a type's index shrinks towards 0, so a failing unit shrinks
    // towards a small type, and a headcount kept through that change (see valid) towards the
    // smallest the property allows.
    this.types = types.stream()
        .sorted(Comparator.comparingLong(t -> headcountRange(t)[0]))
        .toList();
    this.contributors = contributors;
    this.statuses = List.copyOf(statuses);
    this.rapidDeployment = rapidDeployment;
    this.breach = breach;
  }

  static UnitGenerator defaults() {
    return new UnitGenerator(
        UnitType.standardTypes(),
        Contributors.memberStates(),
        List.of(DeploymentStatus.values()),
        true,
        null);
  }

  /**
   * Returns a generator of units of {@code type} only. The type may be a custom one. A type with a
   * nominal strength, standard or custom, gets a headcount within a seventh of it (a formed police
   * unit of nominal 140 has 120 to 160 people, a custom type of nominal 60 has 52 to 68); a custom
   * type without one gets 10 to 200.
   *
   * @param type the unit type, not null
   * @return a new generator, never null
   */
  public UnitGenerator ofType(UnitType type) {
    Objects.requireNonNull(type, "type");
    return new UnitGenerator(List.of(type), contributors, statuses, rapidDeployment, breach);
  }

  /**
   * Returns a generator of units whose type, among the types this generator draws, is of {@code
   * category}.
   *
   * @param category the unit category, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if no type this generator draws is of {@code category}
   */
  public UnitGenerator ofCategory(UnitCategory category) {
    Objects.requireNonNull(category, "category");
    List<UnitType> narrowed = types.stream().filter(t -> t.category() == category).toList();
    if (narrowed.isEmpty()) {
      throw new IllegalArgumentException(
          "category: no unit type of this generator (" + types + ") is " + category);
    }
    return new UnitGenerator(narrowed, contributors, statuses, rapidDeployment, breach);
  }

  /**
   * Returns a generator of units in {@code status} only.
   *
   * @param status the deployment status, not null
   * @return a new generator, never null
   */
  public UnitGenerator withStatus(DeploymentStatus status) {
    Objects.requireNonNull(status, "status");
    return new UnitGenerator(types, contributors, List.of(status), rapidDeployment, breach);
  }

  /**
   * Returns a generator of units provided by {@code contributor} only.
   *
   * @param contributor the contributor, not null (a Member State or an organisation)
   * @return a new generator, never null
   */
  public UnitGenerator from(Contributor contributor) {
    Objects.requireNonNull(contributor, "contributor");
    return new UnitGenerator(
        types, in -> contributor, statuses, rapidDeployment, breach);
  }

  UnitGenerator withStatuses(List<DeploymentStatus> narrowed) {
    return new UnitGenerator(types, contributors, narrowed, rapidDeployment, breach);
  }

  // A pledge states the rapid-deployment window of its units in its readiness, so the units of a
  // pledge carry none of their own.
  UnitGenerator withoutRapidDeployment() {
    return new UnitGenerator(types, contributors, statuses, false, breach);
  }

  /**
   * Returns a generator of units that break rule {@code ruleId}, and no other rule: {@link
   * io.github.peacekeeping.validation.CommuniqueValidator} reports, under {@link
   * Testkit#contextFor(String) Testkit.contextFor(ruleId)} (for every unit rule {@link
   * Testkit#DEFAULT_CONTEXT}), at least one finding of that rule at the rule's severity and no
   * finding of another rule at {@code WARNING} or above. Each unit is a valid unit of this
   * generator changed in one respect, with QuickTheories primitives, so it shrinks like a valid
   * one. The rules and how units break them:
   *
   * <ul>
   *   <li>{@code IPI21-CAVEATS-DECLARED}: one or two undeclared caveats, among declared ones;
   *   <li>{@code LDN16-RAPID-DEPLOYMENT-WINDOW}: a rapid-deployment window of 1 to 180 days other
   *       than 30, 60 or 90;
   *   <li>{@code LDN16-NIO}: a formed military unit, ready to deploy or deployed, without National
   *       Investigation Officer;
   *   <li>{@code LDN16-GENDER-ADVISER-UNIT}: a formed unit without gender adviser;
   *   <li>{@code LDN16-FPU-WOMEN-PLATOON}: a formed police unit without its all-women platoon;
   *   <li>{@code LDN16-MIXED-ENGAGEMENT-TEAM}: an infantry battalion or quick reaction force with
   *       an engagement team of no or one woman;
   *   <li>{@code LDN16-PREDEPLOYMENT-TRAINING}: a unit ready to deploy or deployed whose training
   *       is absent, lacks UN minimum standards, conflict-related sexual violence or sexual
   *       exploitation and abuse (gender-sensitive still), or was completed only after {@link
   *       Testkit#DEFAULT_DATE} (within 180 days of it), which counts as none;
   *   <li>{@code LDN16-GENDER-SENSITIVE-TRAINING}: training that is not gender-sensitive;
   *   <li>{@code LDN16-VETTING}: a unit ready to deploy or deployed that is not vetted, or was
   *       vetted only after {@link Testkit#DEFAULT_DATE} (within 180 days of it);
   *   <li>{@code CHOD17-EQUIPMENT-STANDARD}: a deployed unit with sub-standard or undeployed
   *       equipment;
   *   <li>{@code LDN16-NIGHT-FLYING}: a helicopter unit without night-flying capacity;
   *   <li>{@code UNSC-MISSION-ACTIVE}: a deployed unit in a peacekeeping operation that does not
   *       operate on {@link Testkit#DEFAULT_DATE}: one of the catalogue whose withdrawal was
   *       completed (or whose mandate ended) before it, such as MINUSMA (withdrawn by 31 December
   *       2023), or, one unit in four, a mission that starts only after it (a synthetic mission
   *       {@code UNTEST}, established by a test resolution of 2026: the catalogue holds no
   *       mission that starts after {@link Testkit#DEFAULT_DATE}).
   * </ul>
   *
   * <p>The generator draws only the types and statuses the rule applies to, within those this
   * generator draws; later narrowing keeps to them too. A later call of {@code violating}
   * replaces the rule.
   *
   * @param ruleId the ID of a rule listed above, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code ruleId} is unknown, is a rule on another subject
   *     (pledges, missions, registries…), or applies to none of the types or statuses this
   *     generator draws; the message names the rules this generator can break
   */
  public UnitGenerator violating(String ruleId) {
    Breaches.require(ruleId, "UnitGenerator", "a unit", RULES);
    return new UnitGenerator(types, contributors, statuses, rapidDeployment, BREACHES.get(ruleId));
  }

  /**
   * Returns the IDs of the rules {@link #violating} accepts on this generator, as narrowed, in
   * the order of {@link io.github.peacekeeping.validation.Rules#all()}: a rule that this
   * generator's narrowing rules out (night flying after {@code ofType(INFANTRY_BATTALION)}, the
   * vetting of units ready or deployed after {@code withStatus(OFFERED)}) is not listed. {@link
   * Testkit#breakableBy()} lists, for every rule of the catalogue, the generators that can break it.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> supportedRules() {
    return BREACHES.values().stream()
        .filter(b -> types.stream().anyMatch(b.types()))
        .filter(b -> statuses.stream().anyMatch(b.statuses()::contains))
        .map(Breach::ruleId)
        .toList();
  }

  // Every rule a unit generator can break, for the error messages.
  static List<String> allRules() {
    return List.copyOf(BREACHES.keySet());
  }

  private static final Set<DeploymentStatus> IN_PLEDGES =
      EnumSet.of(DeploymentStatus.OFFERED, DeploymentStatus.READY_TO_DEPLOY);

  /** This generator as a pledge offers units: offered or ready to deploy, no window of their own. */
  UnitGenerator offeredInPledges() {
    List<DeploymentStatus> kept = statuses.stream().filter(IN_PLEDGES::contains).toList();
    if (kept.isEmpty()) {
      throw new IllegalArgumentException(
          "units: a pledge offers units offered or ready to deploy, but this generator draws only "
              + statuses);
    }
    return new UnitGenerator(types, contributors, kept, false, breach);
  }

  /** Tells whether a unit offered or ready to deploy can break {@code ruleId}. */
  static boolean breaksInPledges(String ruleId) {
    Breach breach = BREACHES.get(ruleId);
    return breach != null && breach.statuses().stream().anyMatch(IN_PLEDGES::contains);
  }

  UnitGenerator excluding(Collection<UnitType> excluded) {
    List<UnitType> kept = types.stream().filter(t -> !excluded.contains(t)).toList();
    return new UnitGenerator(kept, contributors, statuses, rapidDeployment, breach);
  }

  /**
   * Returns the short description of {@code unit} that QuickTheories prints in a failure message:
   * {@link Descriptions#of(Unit)}.
   *
   * @param unit the value, not null
   * @return the description, never null
   */
  @Override
  public String asString(Unit unit) {
    return Descriptions.of(unit);
  }

  @Override
  public Unit generate(RandomnessSource in) {
    Unit unit = valid(in);
    return breach == null ? unit : breach.apply().apply(in, unit);
  }

  private Unit valid(RandomnessSource in) {
    UnitType type = Gens.pick(in, types);
    // Drawn right after the type, as an absolute figure: when the type shrinks to a smaller one
    // whose range still holds the figure, QuickTheories replays it unchanged.
    long total = headcount(in, type);
    Contributor contributor = contributors.generate(in);
    DeploymentStatus status = Gens.pick(in, statuses);
    Unit.Builder unit = Unit.builder()
        .type(type)
        .contributor(contributor)
        .status(status)
        .vetted(true)
        .vettedOn(Gens.chance(in, 5)
            ? Optional.empty()
            : Optional.of(Gens.date(in, Testkit.DEFAULT_DATE.minusYears(3), Testkit.DEFAULT_DATE)))
        .nightFlyingCapable(type.helicopter())
        .training(PredeploymentTraining.builder()
            .unMinimumStandards(true)
            .conflictRelatedSexualViolence(true)
            .sexualExploitationAndAbuse(true)
            .genderSensitive(true)
            .completedOn(Gens.date(
                in, Testkit.DEFAULT_DATE.minusYears(2), Testkit.DEFAULT_DATE.minusDays(1)))
            .build());
    if (status == DeploymentStatus.DEPLOYED || !Gens.chance(in, 2)) {
      unit.mission(Gens.pick(in, Missions.activePeacekeepingOperations(Testkit.DEFAULT_DATE)));
    }

    boolean fpu = type.code().equals(UnitType.FORMED_POLICE_UNIT.code());
    long womenPlatoon = fpu
        ? Gens.between(in, Math.min(20L, total / 3), Math.max(1L, Math.min(40L, total / 3)))
        : 0;
    List<EngagementTeam> teams = new ArrayList<>();
    if (type.equals(UnitType.INFANTRY_BATTALION) || type.equals(UnitType.QUICK_REACTION_FORCE)) {
      int count = Gens.between(in, 0, 3);
      for (int i = 1; i <= count; i++) {
        teams.add(EngagementTeam.of("Engagement team " + i,
            PersonnelCount.of(Gens.between(in, 2L, 4L), Gens.between(in, 2L, 6L))));
      }
    }
    long teamWomen = teams.stream().mapToLong(t -> t.personnel().women()).sum();
    long minimumWomen = Math.max(womenPlatoon, teamWomen) + (type.formed() ? 1 : 0);
    PersonnelCount personnel = Gens.count(in, total, Math.min(minimumWomen, total), 30);
    unit.personnel(personnel).engagementTeams(teams);

    if (type.formed()) {
      unit.putRole(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1));
    }
    if (type.formed() && type.category() == UnitCategory.MILITARY) {
      unit.putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER,
          PersonnelCount.ofMen(Gens.between(in, 1L, Math.min(3L, personnel.men()))));
    }
    if (fpu) {
      unit.addPlatoon(Platoon.of("Platoon 1", PersonnelCount.ofWomen(womenPlatoon)));
      long otherWomen = (personnel.women() - womenPlatoon) / 3;
      long menEach = personnel.men() / 3;
      for (int i = 2; i <= 4; i++) {
        if (otherWomen + menEach > 0) {
          unit.addPlatoon(Platoon.of("Platoon " + i, PersonnelCount.of(otherWomen, menEach)));
        }
      }
    }
    // Distinct caveats: a unit declares each of its caveats once.
    List<String> unused = new ArrayList<>(CAVEATS);
    int caveats = Gens.between(in, 0, 2);
    for (int i = 0; i < caveats; i++) {
      unit.addCaveat(Caveat.declared(unused.remove(Gens.between(in, 0, unused.size() - 1))));
    }
    if (rapidDeployment && Gens.oneIn(in, 4)) {
      unit.rapidDeploymentDays(Gens.pick(in, List.of(30, 60, 90)));
    }
    unit.id(contributor.code() + "-" + type.code() + "-" + Gens.between(in, 1, 9));
    return unit.build();
  }

  /** How one rule is broken: by which types and statuses, and the change to a valid unit. */
  private record Breach(
      String ruleId,
      Predicate<UnitType> types,
      String typesWording,
      Set<DeploymentStatus> statuses,
      BiFunction<RandomnessSource, Unit, Unit> apply) {}

  private static final Set<DeploymentStatus> ANY_STATUS = EnumSet.allOf(DeploymentStatus.class);
  private static final Set<DeploymentStatus> READY_OR_DEPLOYED =
      EnumSet.of(DeploymentStatus.READY_TO_DEPLOY, DeploymentStatus.DEPLOYED);

  private static final Map<String, Breach> BREACHES = breaches();

  private static final List<String> RULES = List.copyOf(BREACHES.keySet());

  private static Map<String, Breach> breaches() {
    List<Breach> all = List.of(
        new Breach(Rules.LDN16_RAPID_DEPLOYMENT_WINDOW, t -> true, "any", ANY_STATUS,
            (in, u) -> Unit.builder().from(u)
                .rapidDeploymentDays(Gens.pick(in, Breaches.NON_LONDON_WINDOWS)).build()),
        new Breach(Rules.IPI21_CAVEATS_DECLARED, t -> true, "any", ANY_STATUS,
            UnitGenerator::undeclaredCaveats),
        new Breach(Rules.LDN16_NIO,
            t -> t.formed() && t.category() == UnitCategory.MILITARY, "a formed military unit",
            READY_OR_DEPLOYED,
            (in, u) -> withoutRole(u, UnitRole.NATIONAL_INVESTIGATION_OFFICER)),
        new Breach(Rules.LDN16_GENDER_ADVISER_UNIT, UnitType::formed, "formed", ANY_STATUS,
            (in, u) -> withoutRole(u, UnitRole.GENDER_ADVISER)),
        new Breach(Rules.LDN16_FPU_WOMEN_PLATOON,
            t -> t.code().equals(UnitType.FORMED_POLICE_UNIT.code()), "a formed police unit",
            ANY_STATUS,
            (in, u) -> Unit.builder().from(u)
                .platoons(u.platoons().stream().filter(p -> !p.isAllWomen()).toList())
                .build()),
        new Breach(Rules.LDN16_MIXED_ENGAGEMENT_TEAM,
            t -> t.equals(UnitType.INFANTRY_BATTALION) || t.equals(UnitType.QUICK_REACTION_FORCE),
            "an infantry battalion or a quick reaction force", ANY_STATUS,
            UnitGenerator::teamWithTooFewWomen),
        new Breach(Rules.LDN16_PREDEPLOYMENT_TRAINING, t -> true, "any", READY_OR_DEPLOYED,
            UnitGenerator::incompleteTraining),
        new Breach(Rules.LDN16_GENDER_SENSITIVE_TRAINING, t -> true, "any", ANY_STATUS,
            (in, u) -> Unit.builder().from(u)
                .training(PredeploymentTraining.builder().from(u.training().orElseThrow())
                    .genderSensitive(false).build())
                .build()),
        new Breach(Rules.LDN16_VETTING, t -> true, "any", READY_OR_DEPLOYED,
            UnitGenerator::unvetted),
        new Breach(Rules.CHOD17_EQUIPMENT_STANDARD, t -> true, "any",
            EnumSet.of(DeploymentStatus.DEPLOYED),
            (in, u) -> Unit.builder().from(u)
                .equipment(Gens.pick(in,
                    List.of(EquipmentStatus.SUB_STANDARD, EquipmentStatus.NOT_DEPLOYED)))
                .build()),
        new Breach(Rules.LDN16_NIGHT_FLYING, UnitType::helicopter, "a helicopter unit",
            ANY_STATUS, (in, u) -> Unit.builder().from(u).nightFlyingCapable(false).build()),
        new Breach(Rules.UNSC_MISSION_ACTIVE, t -> true, "any",
            EnumSet.of(DeploymentStatus.DEPLOYED),
            (in, u) -> Unit.builder().from(u)
                .mission(Gens.between(in, 0, 3) == 3
                    ? Missions.startingAfter(in, Testkit.DEFAULT_DATE)
                    : Gens.pick(in, CLOSED))
                .build()));
    Map<String, Breach> byId = new LinkedHashMap<>();
    // In the catalogue's order, so that error messages list the rules as the catalogue does.
    for (Rule rule : Rules.all()) {
      all.stream().filter(b -> b.ruleId().equals(rule.id())).findFirst()
          .ifPresent(b -> byId.put(b.ruleId(), b));
    }
    return Collections.unmodifiableMap(byId);
  }

  private static Unit withoutRole(Unit unit, UnitRole role) {
    Map<UnitRole, PersonnelCount> roles = new EnumMap<>(UnitRole.class);
    roles.putAll(unit.roles());
    roles.remove(role);
    return Unit.builder().from(unit).roles(roles).build();
  }

  private static Unit undeclaredCaveats(RandomnessSource in, Unit unit) {
    List<Caveat> caveats = new ArrayList<>(unit.caveats());
    int count = Gens.between(in, 1, 2);
    for (int i = 0; i < count; i++) {
      List<String> unused = CAVEATS.stream()
          .filter(d -> caveats.stream().noneMatch(c -> c.description().equals(d)))
          .toList();
      caveats.add(Gens.between(in, 0, caveats.size()), Caveat.undeclared(Gens.pick(in, unused)));
    }
    return Unit.builder().from(unit).caveats(caveats).build();
  }

  private static Unit teamWithTooFewWomen(RandomnessSource in, Unit unit) {
    List<EngagementTeam> teams = new ArrayList<>(unit.engagementTeams());
    EngagementTeam team = EngagementTeam.of("Engagement team " + (teams.size() + 1),
        PersonnelCount.of(Gens.between(in, 0L, 1L), Gens.between(in, 3L, 7L)));
    teams.add(Gens.between(in, 0, teams.size()), team);
    return Unit.builder().from(unit).engagementTeams(teams).build();
  }

  // The peacekeeping operations of the catalogue that no longer operate on the default date.
  private static final List<Mission> CLOSED = Mission.all().stream()
      .filter(m -> m.kind() == MissionKind.PEACEKEEPING_OPERATION)
      .filter(m -> m.lastDay().map(last -> last.isBefore(Testkit.DEFAULT_DATE)).orElse(false))
      .toList();

  private static Unit unvetted(RandomnessSource in, Unit unit) {
    if (Gens.chance(in, 2)) {
      return Unit.builder().from(unit).vetted(false).vettedOn(Optional.empty()).build();
    }
    return Unit.builder().from(unit)
        .vettedOn(Gens.date(in, Testkit.DEFAULT_DATE.plusDays(1),
            Testkit.DEFAULT_DATE.plusDays(180)))
        .build();
  }

  private static Unit incompleteTraining(RandomnessSource in, Unit unit) {
    // 0: no training at all; 8: complete training, but only after the default date; otherwise
    // each bit drops one of the three required subjects.
    int gaps = Gens.between(in, 0, 8);
    if (gaps == 0) {
      return Unit.builder().from(unit).training(Optional.empty()).build();
    }
    if (gaps == 8) {
      return Unit.builder().from(unit)
          .training(PredeploymentTraining.builder().from(unit.training().orElseThrow())
              .completedOn(Gens.date(in, Testkit.DEFAULT_DATE.plusDays(1),
                  Testkit.DEFAULT_DATE.plusDays(180)))
              .build())
          .build();
    }
    PredeploymentTraining training = PredeploymentTraining.builder()
        .from(unit.training().orElseThrow())
        .unMinimumStandards((gaps & 1) == 0)
        .conflictRelatedSexualViolence((gaps & 2) == 0)
        .sexualExploitationAndAbuse((gaps & 4) == 0)
        .build();
    return Unit.builder().from(unit).training(training).build();
  }

  private static final Map<String, long[]> HEADCOUNTS = Map.ofEntries(
      Map.entry("INFANTRY_BATTALION", new long[] {650, 850}),
      Map.entry("QUICK_REACTION_FORCE", new long[] {150, 250}),
      Map.entry("ENGINEER_COMPANY", new long[] {150, 275}),
      Map.entry("LEVEL_1_HOSPITAL", new long[] {15, 40}),
      Map.entry("LEVEL_2_HOSPITAL", new long[] {55, 80}),
      Map.entry("LEVEL_3_HOSPITAL", new long[] {90, 150}),
      Map.entry("UTILITY_HELICOPTER_UNIT", new long[] {80, 140}),
      Map.entry("ARMED_HELICOPTER_UNIT", new long[] {80, 140}),
      Map.entry("TRANSPORT_AIRCRAFT_UNIT", new long[] {40, 110}),
      Map.entry("RIVERINE_UNIT", new long[] {80, 160}),
      Map.entry("SIGNALS_UNIT", new long[] {50, 150}),
      Map.entry("LOGISTICS_UNIT", new long[] {150, 300}),
      Map.entry("RECONNAISSANCE_UNIT", new long[] {100, 200}),
      Map.entry("MILITARY_POLICE_UNIT", new long[] {30, 150}),
      Map.entry("SPECIALISED_POLICE_TEAM", new long[] {6, 20}),
      Map.entry("STAFF_OFFICERS", new long[] {1, 25}),
      Map.entry("MILITARY_OBSERVERS", new long[] {1, 25}),
      Map.entry("INDIVIDUAL_POLICE_OFFICERS", new long[] {1, 60}),
      Map.entry("CORRECTIONS_OFFICERS", new long[] {1, 20}));

  // The headcounts a unit of the type may have: the table's for a standard type without nominal
  // strength, around the nominal strength for a type that has one (a formed police unit of 140,
  // a custom type), else 10 to 200; a formed unit has room for its gender adviser and officers.
  private static long[] headcountRange(UnitType type) {
    long[] range;
    if (type.nominalStrength().isPresent()) {
      long nominal = type.nominalStrength().getAsInt();
      range = new long[] {Math.max(1, nominal - nominal / 7), nominal + nominal / 7};
    } else {
      range = HEADCOUNTS.getOrDefault(type.code(), new long[] {10, 200});
    }
    long minimum = type.formed() ? Math.max(range[0], 15) : range[0];
    return new long[] {minimum, Math.max(minimum, range[1])};
  }

  private static long headcount(RandomnessSource in, UnitType type) {
    long[] range = headcountRange(type);
    return Gens.between(in, range[0], range[1]);
  }
}
