package io.github.peacekeeping.testkit;

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
import io.github.peacekeeping.validation.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of {@link MissionProfile}s, valid by default (see {@link Testkit}).
 *
 * <p>The defaults: a mission of the catalogue, as of a day from its start to the end of its last
 * mandate, and no later than {@link Testkit#DEFAULT_DATE}. The profile holds its mandates over
 * time: the mandate in force on that day ({@link MissionProfile#mandateInForce()}), of six or
 * twelve months, up to two mandates before it and, where it starts by {@link
 * Testkit#DEFAULT_DATE}, one after it; periods follow one another without overlapping, within
 * the mission's mandated life. A mandate that starts on the mission's first day is given by the
 * establishing resolution, the others by test renewal resolutions (symbols of their year, numbers
 * increasing from mandate to mandate, not the Council's). Each mandate has
 * its own tasks, every one with a priority, and its own ceilings (as {@link Missions#mandates()}
 * describes), so that an earlier mandate may allow fewer personnel than are deployed. The
 * personnel deployed are within every ceiling and sub-ceiling of the mandate in force. The
 * mission holds every {@link MissionCapability}, except that half the profiles whose mandate in
 * force sets no troop (or no police) ceiling lack the headquarters military (or police) gender
 * adviser, which a mission without that component does not need.
 *
 * <p>No fact is dated after {@link Testkit#DEFAULT_DATE}; the period of the mandate in force, a
 * term the Council set, may run past it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissionProfileGenerator implements Gen<MissionProfile> {

  private static final List<String> SUPPORTED = List.of(
      Rules.LDN16_MANDATE_SEQUENCED,
      Rules.IPI21_POC_CAPABILITIES,
      Rules.LDN16_MISSION_GENDER_ADVISERS,
      Rules.UNSC_AUTHORISED_CEILING);

  private static final List<MissionCapability> POC_CAPABILITIES =
      List.copyOf(MissionCapability.protectionOfCiviliansCapabilities());

  private static final Set<PersonnelCategory> MILITARY = EnumSet.of(
      PersonnelCategory.CONTINGENT_TROOPS,
      PersonnelCategory.STAFF_OFFICERS,
      PersonnelCategory.MILITARY_OBSERVERS);

  private static final Set<PersonnelCategory> POLICE = EnumSet.of(
      PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCategory.INDIVIDUAL_POLICE);

  // The missions the Council established with a mandated life of two days or more by the default
  // date.
  private static final List<Mission> MISSIONS = Missions.COUNCIL_ESTABLISHED.stream()
      .filter(m -> m.start().isBefore(lastMandated(m)))
      .toList();

  // The rule each valid profile is then made to break, or null for valid profiles.
  private final @Nullable String rule;
  // What the mandate in force must have (true), must not have (false) or may have (null).
  private final @Nullable Boolean military;
  private final @Nullable Boolean police;
  private final @Nullable Boolean protection;

  private MissionProfileGenerator(@Nullable String rule, @Nullable Boolean military,
      @Nullable Boolean police, @Nullable Boolean protection) {
    if (Boolean.FALSE.equals(military) && Boolean.FALSE.equals(police)) {
      throw new IllegalArgumentException(
          "police: a mandate sets a troop or a police ceiling, but this generator has no military "
              + "component and was asked for no police component either");
    }
    if (Rules.IPI21_POC_CAPABILITIES.equals(rule) && Boolean.FALSE.equals(protection)) {
      throw Breaches.conflict(rule, "a mandate in force that includes the protection of civilians",
          "draws mandates without it");
    }
    this.rule = rule;
    this.military = military;
    this.police = police;
    this.protection = protection;
  }

  static MissionProfileGenerator defaults() {
    return new MissionProfileGenerator(null, null, null, null);
  }

  /**
   * Returns a generator of profiles whose mandate in force sets a troop ceiling ({@code true}),
   * or sets none and so has no military personnel deployed ({@code false}). Such a mission may
   * lack the headquarters military gender adviser.
   *
   * @param present whether the mission has a military component
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code present} is false and this generator draws missions
   *     without police component (a mandate sets at least one ceiling)
   */
  public MissionProfileGenerator withMilitaryComponent(boolean present) {
    return new MissionProfileGenerator(rule, present, police, protection);
  }

  /**
   * Returns a generator of profiles whose mandate in force sets a police ceiling ({@code true}),
   * or sets none and so has no police deployed ({@code false}): "a mission without a police
   * component" is {@code missionProfiles().withPoliceComponent(false)}. Such a mission may lack
   * the headquarters police gender adviser.
   *
   * @param present whether the mission has a police component
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code present} is false and this generator draws missions
   *     without military component
   */
  public MissionProfileGenerator withPoliceComponent(boolean present) {
    return new MissionProfileGenerator(rule, military, present, protection);
  }

  /**
   * Returns a generator of profiles whose mandate in force includes ({@code true}) or does not
   * include ({@code false}) the protection of civilians among its tasks.
   *
   * @param included whether the mandate in force tasks the mission with protecting civilians
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code included} is false and this generator breaks
   *     IPI21-POC-CAPABILITIES
   */
  public MissionProfileGenerator withProtectionOfCivilians(boolean included) {
    return new MissionProfileGenerator(rule, military, police, included);
  }

  /**
   * Returns a generator of mission profiles that break rule {@code ruleId}, and no other rule:
   * {@link io.github.peacekeeping.validation.CommuniqueValidator} reports, under {@link
   * Testkit#DEFAULT_CONTEXT}, at least one finding of that rule at the rule's severity and no
   * finding of another rule at {@code WARNING} or above. Each profile is a valid profile changed
   * in one respect, with QuickTheories primitives, so it shrinks like a valid one; the change is
   * to the mandate in force (the other mandates stay as drawn):
   *
   * <ul>
   *   <li>{@code LDN16-MANDATE-SEQUENCED}: some tasks of the mandate in force have neither
   *       priority nor phase;
   *   <li>{@code IPI21-POC-CAPABILITIES}: a mandate in force that includes the protection of
   *       civilians (the task is added if the mandate lacked it) and a mission that lacks one or
   *       more of the protection-of-civilians capabilities (the headquarters gender advisers
   *       stay);
   *   <li>{@code LDN16-MISSION-GENDER-ADVISERS}: a mission headquarters without the military
   *       gender adviser of its military component (a troop ceiling in the mandate in force),
   *       without the police gender adviser of its police component (a police ceiling), or
   *       both; or a component the mandate sets no ceiling for but the deployments show (one to
   *       thirty individual police, or one to twenty military observers, deployed) without its
   *       adviser;
   *   <li>{@code UNSC-AUTHORISED-CEILING}: personnel deployed above a ceiling of the mandate in
   *       force, by 1 to 20% of it (at least one person); or, half the time where the ceiling
   *       has one, above a sub-ceiling within it while the ceiling itself holds (the other
   *       categories of the ceiling lowered where they must be).
   * </ul>
   *
   * <p>A later call of {@code violating} replaces the rule.
   *
   * @param ruleId the ID of a rule listed above, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code ruleId} is unknown or is a rule on another subject
   *     (pledges, units, registries…); the message names the rules this generator can break
   */
  public MissionProfileGenerator violating(String ruleId) {
    return new MissionProfileGenerator(
        Breaches.require(ruleId, "MissionProfileGenerator", "a mission profile", SUPPORTED),
        military, police, protection);
  }

  /**
   * Returns the IDs of the rules {@link #violating} accepts on this generator, as narrowed, in
   * the order of {@link Rules#all()}: IPI21-POC-CAPABILITIES is not listed after {@code
   * withProtectionOfCivilians(false)}.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> supportedRules() {
    return Boolean.FALSE.equals(protection)
        ? SUPPORTED.stream().filter(id -> !id.equals(Rules.IPI21_POC_CAPABILITIES)).toList()
        : SUPPORTED;
  }

  /**
   * Returns the short description of {@code profile} that QuickTheories prints in a failure message:
   * {@link Descriptions#of(MissionProfile)}.
   *
   * @param profile the value, not null
   * @return the description, never null
   */
  @Override
  public String asString(MissionProfile profile) {
    return Descriptions.of(profile);
  }

  @Override
  public MissionProfile generate(RandomnessSource in) {
    MissionProfile profile = valid(in);
    if (rule == null) {
      return profile;
    }
    return switch (rule) {
      case Rules.LDN16_MANDATE_SEQUENCED -> unsequenced(in, profile);
      case Rules.IPI21_POC_CAPABILITIES -> withoutProtectionCapabilities(in, profile);
      case Rules.LDN16_MISSION_GENDER_ADVISERS -> withoutGenderAdviser(in, profile);
      case Rules.UNSC_AUTHORISED_CEILING -> aboveCeiling(in, profile);
      default -> throw new IllegalStateException("no breach for " + rule);
    };
  }

  private MissionProfile valid(RandomnessSource in) {
    Mission mission = Gens.pick(in, MISSIONS);
    LocalDate asOf = Gens.date(in, mission.start(), lastMandated(mission));
    List<MandatePeriod> periods = periods(in, mission, asOf);
    List<Mandate> mandates = new ArrayList<>();
    SecurityCouncilResolution resolution = Missions.establishing(mission);
    for (MandatePeriod period : periods) {
      if (!period.start().equals(mission.start())) {
        resolution = Missions.renewal(in, resolution, period.start());
      }
      Mandate mandate = Missions.mandate(in, mission, resolution, period);
      mandates.add(period.contains(asOf) ? shaped(in, mandate) : mandate);
    }
    Mandate inForce = mandates.stream()
        .filter(m -> m.period().contains(asOf))
        .findFirst()
        .orElseThrow();

    Map<PersonnelCategory, PersonnelCount> deployed = new EnumMap<>(PersonnelCategory.class);
    for (AuthorisedCeiling ceiling : inForce.ceilings()) {
      // Each category takes at most its share of the ceiling, and of its sub-ceiling, so that the
      // sums stay within both.
      for (PersonnelCategory category : ceiling.categories()) {
        long most = ceiling.maximum() / ceiling.categories().size();
        for (AuthorisedCeiling sub : ceiling.subCeilings()) {
          if (sub.covers(category)) {
            most = Math.min(most, sub.maximum() / sub.categories().size());
          }
        }
        deployed.put(category, Gens.count(in, Gens.between(in, 0L, most), 0, 30));
      }
    }
    Set<MissionCapability> capabilities = EnumSet.allOf(MissionCapability.class);
    if (!covers(inForce, MILITARY) && Gens.chance(in, 2)) {
      capabilities.remove(MissionCapability.HQ_MILITARY_GENDER_ADVISER);
    }
    if (!covers(inForce, POLICE) && Gens.chance(in, 2)) {
      capabilities.remove(MissionCapability.HQ_POLICE_GENDER_ADVISER);
    }
    return MissionProfile.builder()
        .mission(mission)
        .mandates(mandates)
        .capabilities(capabilities)
        .deployed(deployed)
        .asOf(asOf)
        .build();
  }

  /** The mandate in force made to have, or not, the components and the task asked for. */
  private Mandate shaped(RandomnessSource in, Mandate mandate) {
    List<AuthorisedCeiling> ceilings = new ArrayList<>(mandate.ceilings());
    if (Boolean.FALSE.equals(military)) {
      ceilings.removeIf(c -> c.categories().stream().anyMatch(MILITARY::contains));
    }
    if (Boolean.FALSE.equals(police)) {
      ceilings.removeIf(c -> c.categories().stream().anyMatch(POLICE::contains));
    }
    boolean hasMilitary = ceilings.stream()
        .anyMatch(c -> c.categories().stream().anyMatch(MILITARY::contains));
    boolean hasPolice = ceilings.stream()
        .anyMatch(c -> c.categories().stream().anyMatch(POLICE::contains));
    if (!hasMilitary && (Boolean.TRUE.equals(military) || ceilings.isEmpty() && military == null)) {
      ceilings.add(AuthorisedCeiling.ofMilitary(Gens.between(in, 100L, 20_000L)));
    }
    if (!hasPolice && (Boolean.TRUE.equals(police) || ceilings.isEmpty())) {
      ceilings.add(AuthorisedCeiling.ofPolice(Gens.between(in, 50L, 2_500L)));
    }
    List<MandatedTask> tasks = new ArrayList<>(mandate.tasks());
    if (Boolean.FALSE.equals(protection)) {
      tasks.removeIf(t -> t.kind() == MandatedTaskKind.PROTECTION_OF_CIVILIANS);
      if (tasks.isEmpty()) {
        tasks.add(MandatedTask.builder()
            .description(Missions.describe(MandatedTaskKind.POLITICAL_PROCESS))
            .kind(MandatedTaskKind.POLITICAL_PROCESS).priority(1).build());
      }
    } else if (Boolean.TRUE.equals(protection) && !mandate.includesProtectionOfCivilians()) {
      tasks.add(0, MandatedTask.builder()
          .description(Missions.describe(MandatedTaskKind.PROTECTION_OF_CIVILIANS))
          .kind(MandatedTaskKind.PROTECTION_OF_CIVILIANS).priority(1).build());
    }
    List<MandatedTask> numbered = new ArrayList<>();
    for (MandatedTask task : tasks) {
      numbered.add(MandatedTask.builder().from(task).priority(numbered.size() + 1).build());
    }
    return Mandate.builder().from(mandate).ceilings(ceilings).tasks(numbered).build();
  }

  /** The last day a profile of {@code mission} can describe: its mandate's end, or earlier. */
  private static LocalDate lastMandated(Mission mission) {
    return Gens.min(mission.mandateEnd().orElse(Testkit.DEFAULT_DATE), Testkit.DEFAULT_DATE);
  }

  /**
   * The periods of the mandates: the one covering {@code asOf}, up to two before it and one after
   * it, within the mission's mandated life, none starting after the default date.
   */
  private static List<MandatePeriod> periods(
      RandomnessSource in, Mission mission, LocalDate asOf) {
    LocalDate lastMandated = mission.mandateEnd().orElse(LocalDate.MAX);
    boolean year = Gens.chance(in, 2);
    LocalDate start = Gens.max(mission.start(),
        asOf.minusDays(Gens.between(in, 0, year ? 364 : 180)));
    LocalDate end = Gens.min(start.plusMonths(year ? 12 : 6).minusDays(1), lastMandated);
    if (!end.isAfter(start)) {
      // Only when the profile is of the mandate's last day and a period would start on it.
      start = end.minusDays(1);
    }
    List<MandatePeriod> periods = new ArrayList<>();
    periods.add(MandatePeriod.of(start, end));

    int before = Gens.between(in, 0, 2);
    LocalDate first = start;
    for (int i = 0; i < before && first.isAfter(mission.start().plusDays(1)); i++) {
      LocalDate previousEnd = first.minusDays(1);
      LocalDate previousStart = Gens.max(mission.start(),
          previousEnd.plusDays(1).minusMonths(Gens.chance(in, 2) ? 12 : 6));
      periods.add(0, MandatePeriod.of(previousStart, previousEnd));
      first = previousStart;
    }

    LocalDate next = end.plusDays(1);
    if (Gens.between(in, 0, 1) == 1 && !next.isAfter(Testkit.DEFAULT_DATE)
        && next.isBefore(lastMandated)) {
      periods.add(MandatePeriod.of(next,
          Gens.min(next.plusMonths(Gens.chance(in, 2) ? 12 : 6).minusDays(1), lastMandated)));
    }
    return periods;
  }

  private static boolean covers(Mandate mandate, Set<PersonnelCategory> component) {
    return mandate.ceilings().stream()
        .anyMatch(c -> c.categories().stream().anyMatch(component::contains));
  }

  private static int inForceIndex(MissionProfile profile) {
    List<Mandate> mandates = profile.mandates();
    for (int i = 0; i < mandates.size(); i++) {
      if (mandates.get(i).period().contains(profile.asOf())) {
        return i;
      }
    }
    throw new IllegalStateException("no mandate in force in " + profile);
  }

  private static MissionProfile withMandateInForce(MissionProfile profile, Mandate mandate) {
    List<Mandate> mandates = new ArrayList<>(profile.mandates());
    mandates.set(inForceIndex(profile), mandate);
    return MissionProfile.builder().from(profile).mandates(mandates).build();
  }

  private static MissionProfile unsequenced(RandomnessSource in, MissionProfile profile) {
    Mandate inForce = profile.mandateInForce().orElseThrow();
    List<MandatedTask> tasks = new ArrayList<>(inForce.tasks());
    // Each bit of a non-zero mask takes the priority off one task.
    int mask = Gens.between(in, 1, (1 << tasks.size()) - 1);
    for (int i = 0; i < tasks.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        MandatedTask task = tasks.get(i);
        tasks.set(i, MandatedTask.of(task.description(), task.kind()));
      }
    }
    return withMandateInForce(profile, Mandate.builder().from(inForce).tasks(tasks).build());
  }

  private static MissionProfile withoutProtectionCapabilities(
      RandomnessSource in, MissionProfile profile) {
    Mandate mandate = profile.mandateInForce().orElseThrow();
    if (!mandate.includesProtectionOfCivilians()) {
      mandate = Mandate.builder().from(mandate)
          .addTask(MandatedTask.builder()
              .description(Missions.describe(MandatedTaskKind.PROTECTION_OF_CIVILIANS))
              .kind(MandatedTaskKind.PROTECTION_OF_CIVILIANS)
              .priority(mandate.tasks().size() + 1)
              .build())
          .build();
    }
    // Each bit of a non-zero mask takes one protection-of-civilians capability away.
    int mask = Gens.between(in, 1, (1 << POC_CAPABILITIES.size()) - 1);
    Set<MissionCapability> capabilities = EnumSet.copyOf(profile.capabilities());
    for (int i = 0; i < POC_CAPABILITIES.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        capabilities.remove(POC_CAPABILITIES.get(i));
      }
    }
    return MissionProfile.builder().from(withMandateInForce(profile, mandate))
        .capabilities(capabilities).build();
  }

  /** The ways a profile can lack a gender adviser its components need. */
  private enum AdviserGap {
    MILITARY, POLICE, BOTH, POLICE_DEPLOYED_WITHOUT_CEILING, MILITARY_DEPLOYED_WITHOUT_CEILING
  }

  private static MissionProfile withoutGenderAdviser(RandomnessSource in, MissionProfile profile) {
    Mandate inForce = profile.mandateInForce().orElseThrow();
    boolean military = covers(inForce, MILITARY);
    boolean police = covers(inForce, POLICE);
    List<AdviserGap> gaps = new ArrayList<>();
    if (military) {
      gaps.add(AdviserGap.MILITARY);
    }
    if (police) {
      gaps.add(AdviserGap.POLICE);
    }
    if (military && police) {
      gaps.add(AdviserGap.BOTH);
    }
    if (!police) {
      gaps.add(AdviserGap.POLICE_DEPLOYED_WITHOUT_CEILING);
    }
    if (!military) {
      gaps.add(AdviserGap.MILITARY_DEPLOYED_WITHOUT_CEILING);
    }
    AdviserGap gap = Gens.pick(in, gaps);
    Set<MissionCapability> capabilities = EnumSet.copyOf(profile.capabilities());
    Map<PersonnelCategory, PersonnelCount> deployed = new EnumMap<>(PersonnelCategory.class);
    deployed.putAll(profile.deployed());
    switch (gap) {
      case MILITARY -> capabilities.remove(MissionCapability.HQ_MILITARY_GENDER_ADVISER);
      case POLICE -> capabilities.remove(MissionCapability.HQ_POLICE_GENDER_ADVISER);
      case BOTH -> {
        capabilities.remove(MissionCapability.HQ_MILITARY_GENDER_ADVISER);
        capabilities.remove(MissionCapability.HQ_POLICE_GENDER_ADVISER);
      }
      case POLICE_DEPLOYED_WITHOUT_CEILING -> {
        capabilities.remove(MissionCapability.HQ_POLICE_GENDER_ADVISER);
        deployed.put(PersonnelCategory.INDIVIDUAL_POLICE,
            Gens.count(in, Gens.between(in, 1L, 30L), 0, 40));
      }
      case MILITARY_DEPLOYED_WITHOUT_CEILING -> {
        capabilities.remove(MissionCapability.HQ_MILITARY_GENDER_ADVISER);
        deployed.put(PersonnelCategory.MILITARY_OBSERVERS,
            Gens.count(in, Gens.between(in, 1L, 20L), 0, 40));
      }
      default -> throw new IllegalStateException("no breach for " + gap);
    }
    return MissionProfile.builder().from(profile)
        .capabilities(capabilities)
        .deployed(deployed)
        .build();
  }

  private static MissionProfile aboveCeiling(RandomnessSource in, MissionProfile profile) {
    List<AuthorisedCeiling> ceilings = profile.mandateInForce().orElseThrow().ceilings();
    AuthorisedCeiling ceiling = Gens.pick(in, ceilings);
    Map<PersonnelCategory, PersonnelCount> deployed = new EnumMap<>(PersonnelCategory.class);
    deployed.putAll(profile.deployed());
    if (!ceiling.subCeilings().isEmpty() && Gens.chance(in, 2)) {
      aboveSubCeiling(in, ceiling, Gens.pick(in, ceiling.subCeilings()), deployed);
    } else {
      long excess = Gens.between(in, 1L, Math.max(1L, ceiling.maximum() / 5));
      raise(in, ceiling.categories(), ceiling.maximum() + excess, deployed);
    }
    return MissionProfile.builder().from(profile).deployed(deployed).build();
  }

  /**
   * Deploys more than {@code sub} allows, and lowers the ceiling's other categories where needed
   * so that the ceiling itself holds. A sub-ceiling is below its ceiling, so there is room.
   */
  private static void aboveSubCeiling(RandomnessSource in, AuthorisedCeiling ceiling,
      AuthorisedCeiling sub, Map<PersonnelCategory, PersonnelCount> deployed) {
    long room = ceiling.maximum() - sub.maximum();
    long excess = Gens.between(in, 1L, Math.max(1L, Math.min(room, sub.maximum() / 5)));
    long within = sub.maximum() + excess;
    Set<PersonnelCategory> others = EnumSet.copyOf(ceiling.categories());
    others.removeAll(sub.categories());
    long eachOther = others.isEmpty() ? 0 : (ceiling.maximum() - within) / others.size();
    for (PersonnelCategory other : others) {
      PersonnelCount count = deployed.getOrDefault(other, PersonnelCount.ZERO);
      if (count.total() > eachOther) {
        deployed.put(other, Gens.count(in, eachOther, 0, 30));
      }
    }
    raise(in, sub.categories(), within, deployed);
  }

  /** Sets one of {@code categories} so that all of them together count {@code total}. */
  private static void raise(RandomnessSource in, Set<PersonnelCategory> categories, long total,
      Map<PersonnelCategory, PersonnelCount> deployed) {
    List<PersonnelCategory> ordered = List.copyOf(EnumSet.copyOf(categories));
    PersonnelCategory raised = Gens.pick(in, ordered);
    long others = 0;
    for (PersonnelCategory category : ordered) {
      if (category != raised) {
        others += deployed.getOrDefault(category, PersonnelCount.ZERO).total();
      }
    }
    deployed.put(raised, Gens.count(in, total - others, 0, 30));
  }
}
