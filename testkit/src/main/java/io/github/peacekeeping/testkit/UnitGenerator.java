package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of {@link Unit}s, valid by default (see {@link Testkit}), narrowed fluently.
 *
 * <p>Each narrowing method returns a new generator and leaves this one unchanged. The defaults:
 * any of the {@linkplain UnitType#standardTypes() standard unit types}, any UN Member State as
 * contributor, any deployment status. A deployed unit serves in a peacekeeping operation active
 * on {@link Testkit#DEFAULT_DATE}. Every unit is vetted, has completed gender-sensitive
 * pre-deployment training to UN standards (conflict-related sexual violence and sexual
 * exploitation and abuse included), has its equipment at standard and declares every caveat. A
 * formed unit includes a gender adviser, a formed military unit one to three National
 * Investigation Officers; a formed police unit has an all-women platoon; engagement teams (of
 * infantry battalions and quick reaction forces) count at least two women each; helicopter units
 * fly at night; a stated rapid-deployment window is 30, 60 or 90 days. Headcounts are plausible
 * test figures (an infantry battalion of 650 to 850, a formed police unit around its nominal
 * 140), not data.
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
  // Applied to each unit after it is generated; the place where a rule can later be broken on
  // purpose without touching the valid generation above it.
  private final UnaryOperator<Gen<Unit>> transform;

  private UnitGenerator(
      List<UnitType> types,
      Gen<? extends Contributor> contributors,
      List<DeploymentStatus> statuses,
      boolean rapidDeployment,
      UnaryOperator<Gen<Unit>> transform) {
    this.types = List.copyOf(types);
    this.contributors = contributors;
    this.statuses = List.copyOf(statuses);
    this.rapidDeployment = rapidDeployment;
    this.transform = transform;
  }

  static UnitGenerator defaults() {
    return new UnitGenerator(
        UnitType.standardTypes(),
        Contributors.memberStates(),
        List.of(DeploymentStatus.values()),
        true,
        UnaryOperator.identity());
  }

  /**
   * Returns a generator of units of {@code type} only. The type may be a custom one: its
   * headcount then follows its nominal strength, or lies from 10 to 200.
   *
   * @param type the unit type, not null
   * @return a new generator, never null
   */
  public UnitGenerator ofType(UnitType type) {
    Objects.requireNonNull(type, "type");
    return new UnitGenerator(List.of(type), contributors, statuses, rapidDeployment, transform);
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
    return new UnitGenerator(narrowed, contributors, statuses, rapidDeployment, transform);
  }

  /**
   * Returns a generator of units in {@code status} only.
   *
   * @param status the deployment status, not null
   * @return a new generator, never null
   */
  public UnitGenerator withStatus(DeploymentStatus status) {
    Objects.requireNonNull(status, "status");
    return new UnitGenerator(types, contributors, List.of(status), rapidDeployment, transform);
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
        types, in -> contributor, statuses, rapidDeployment, transform);
  }

  UnitGenerator withStatuses(List<DeploymentStatus> narrowed) {
    return new UnitGenerator(types, contributors, narrowed, rapidDeployment, transform);
  }

  // A pledge states the rapid-deployment window of its units in its readiness, so the units of a
  // pledge carry none of their own.
  UnitGenerator withoutRapidDeployment() {
    return new UnitGenerator(types, contributors, statuses, false, transform);
  }

  @Override
  public Unit generate(RandomnessSource in) {
    return transform.apply(this::valid).generate(in);
  }

  private Unit valid(RandomnessSource in) {
    UnitType type = Gens.pick(in, types);
    Contributor contributor = contributors.generate(in);
    DeploymentStatus status = Gens.pick(in, statuses);
    Unit.Builder unit = Unit.builder()
        .type(type)
        .contributor(contributor)
        .status(status)
        .vetted(true)
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

    long total = headcount(in, type);
    boolean fpu = type.code().equals(UnitType.FORMED_POLICE_UNIT.code());
    long womenPlatoon = fpu ? Gens.between(in, 20L, Math.min(40L, total / 3)) : 0;
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
    int caveats = Gens.between(in, 0, 2);
    for (int i = 0; i < caveats; i++) {
      unit.addCaveat(Caveat.declared(Gens.pick(in, CAVEATS)));
    }
    if (rapidDeployment && Gens.chance(in, 4)) {
      unit.rapidDeploymentDays(Gens.pick(in, List.of(30, 60, 90)));
    }
    unit.id(contributor.code() + "-" + type.code() + "-" + Gens.between(in, 1, 9));
    return unit.build();
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

  private static long headcount(RandomnessSource in, UnitType type) {
    long[] range = HEADCOUNTS.get(type.code());
    if (range == null && type.nominalStrength().isPresent()) {
      long nominal = type.nominalStrength().getAsInt();
      range = new long[] {Math.max(1, nominal - nominal / 7), nominal + nominal / 7};
    }
    if (range == null) {
      range = new long[] {10, 200};
    }
    // A formed police unit around its nominal strength (140) rather than the table's figure.
    if (type.code().equals(UnitType.FORMED_POLICE_UNIT.code())) {
      int nominal = type.nominalStrength().orElse(140);
      range = new long[] {Math.max(80, nominal - 20), Math.max(80, nominal + 20)};
    }
    // A formed unit needs room for its gender adviser, officers and an all-women platoon.
    long minimum = type.formed() ? Math.max(range[0], 15) : range[0];
    return Gens.between(in, minimum, Math.max(minimum, range[1]));
  }
}
