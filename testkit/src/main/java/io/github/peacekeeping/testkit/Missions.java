package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatePeriod;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MandatedTaskKind;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionKind;
import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of missions, Security Council resolutions, mandates and mission profiles.
 *
 * <p>Missions and resolutions are real: the catalogue of {@link Mission#all()} and the
 * resolutions that established those missions. A generated mandate is the establishing one (the
 * mission's establishing resolution, from the mission's start) with a synthetic period of six or
 * twelve months, one to four distinct tasks each with a priority, and synthetic personnel
 * ceilings, some with a sub-ceiling (a police ceiling including a ceiling of formed police, a
 * troop ceiling including one of military observers); they are test data, not the Council's
 * figures. This class is immutable and thread-safe.
 */
public final class Missions {

  // Mandates are the Security Council's: the two operations the General Assembly established
  // (UNEF I, UNSF) give no resolution here.
  private static final List<SecurityCouncilResolution> RESOLUTIONS = Mission.all().stream()
      .map(Mission::establishedBy)
      .filter(SecurityCouncilResolution.class::isInstance)
      .map(SecurityCouncilResolution.class::cast)
      .distinct()
      .sorted()
      .toList();

  // The missions whose mandates the Security Council gives: all but UNEF I and UNSF.
  static final List<Mission> COUNCIL_ESTABLISHED = Mission.all().stream()
      .filter(m -> m.establishedBy() instanceof SecurityCouncilResolution)
      .toList();

  private static final List<MandatedTaskKind> TASK_KINDS = List.of(MandatedTaskKind.values());

  private Missions() {}

  /**
   * Returns a generator of the missions of {@link Mission#all()}, each equally likely.
   *
   * @return a generator of missions, never null
   */
  public static Gen<Mission> missions() {
    return Generate.pick(Mission.all());
  }

  /**
   * Returns a generator of the missions of the catalogue active on {@code date}: those that
   * operate on it ({@link Mission#operatesOn}), from their start to the day their withdrawal was
   * completed, which may be after the end of their last mandate (MINUSMA's mandate ended on 30
   * June 2023, its withdrawal was completed on 31 December 2023).
   *
   * @param date the date, not null
   * @return a generator of missions, never null
   * @throws IllegalArgumentException if no mission of the catalogue operates on {@code date}
   */
  public static Gen<Mission> activeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Mission> active = active(date);
    if (active.isEmpty()) {
      throw new IllegalArgumentException("date: no mission is active on " + date);
    }
    return Generate.pick(active);
  }

  /**
   * Returns a generator of real Security Council resolutions: those that established the
   * missions of {@link Mission#all()}.
   *
   * @return a generator of resolutions, never null
   */
  public static Gen<SecurityCouncilResolution> resolutions() {
    return Generate.pick(RESOLUTIONS);
  }

  /**
   * Returns a generator of mandates as described in the class comment: every task is sequenced
   * (has a priority) and the military and police ceilings cover distinct categories. The missions
   * are those of {@link Mission#all()} that the Security Council established, as a mandate is the
   * Council's: not UNEF I or UNSF, which the General Assembly established.
   *
   * @return a generator of mandates, never null
   */
  public static Gen<Mandate> mandates() {
    return in -> mandate(in, Gens.pick(in, COUNCIL_ESTABLISHED));
  }

  /** The resolution that established a mission of {@link #COUNCIL_ESTABLISHED}. */
  static SecurityCouncilResolution establishing(Mission mission) {
    return (SecurityCouncilResolution) mission.establishedBy();
  }

  /**
   * Returns a generator of mission profiles that draw no warning, with the defaults described in
   * {@link MissionProfileGenerator}: the mission as of a day up to {@link Testkit#DEFAULT_DATE}
   * within one of its mandates, with the mandates before and after it, the capabilities its
   * mandate in force needs and uniformed personnel within that mandate's ceilings and
   * sub-ceilings.
   *
   * @return a generator of mission profiles, never null; {@link
   *     MissionProfileGenerator#violating} turns it into one of profiles that break a rule
   */
  public static MissionProfileGenerator missionProfiles() {
    return MissionProfileGenerator.defaults();
  }

  static List<Mission> active(LocalDate date) {
    return Mission.all().stream().filter(m -> m.operatesOn(date)).toList();
  }

  /**
   * A synthetic peacekeeping operation, not in the catalogue, established by a test resolution of
   * {@code date}'s year to start within six months after {@code date}: the catalogue holds no
   * mission that has not started yet.
   */
  static Mission startingAfter(RandomnessSource in, LocalDate date) {
    LocalDate start = Gens.date(in, date.plusDays(1), date.plusMonths(6));
    return Mission.builder()
        .acronym("UNTEST")
        .name("United Nations test mission starting on " + start + " (test data)")
        .kind(MissionKind.PEACEKEEPING_OPERATION)
        .location(Gens.pick(in, Mission.all()).location())
        .establishedBy(SecurityCouncilResolution.of(2900 + Gens.between(in, 0, 99),
            date.getYear()))
        .start(start)
        .build();
  }

  static List<Mission> activePeacekeepingOperations(LocalDate date) {
    return active(date).stream()
        .filter(m -> m.kind() == MissionKind.PEACEKEEPING_OPERATION)
        .toList();
  }

  static Mandate mandate(RandomnessSource in, Mission mission) {
    LocalDate start = mission.start();
    return mandate(in, mission, establishing(mission),
        MandatePeriod.of(start, start.plusMonths(Gens.chance(in, 2) ? 12 : 6)));
  }

  /** A mandate of {@code mission} for {@code period}, with tasks and ceilings as described. */
  static Mandate mandate(RandomnessSource in, Mission mission,
      SecurityCouncilResolution resolution, MandatePeriod period) {
    Mandate.Builder mandate = Mandate.builder()
        .mission(mission)
        .authorisedBy(resolution)
        .period(period);
    int tasks = Gens.between(in, 1, 4);
    int first = Gens.between(in, 0, TASK_KINDS.size() - 1);
    for (int i = 0; i < tasks; i++) {
      MandatedTaskKind kind = TASK_KINDS.get((first + i) % TASK_KINDS.size());
      mandate.addTask(MandatedTask.builder()
          .description(describe(kind))
          .kind(kind)
          .priority(i + 1)
          .build());
    }
    // A troop ceiling five mandates in six, a police ceiling two in three, at least one of them.
    boolean police = !Gens.chance(in, 3);
    boolean military = !police || !Gens.chance(in, 6);
    if (military) {
      AuthorisedCeiling troops = AuthorisedCeiling.ofMilitary(Gens.between(in, 100L, 20_000L));
      if (Gens.chance(in, 3)) {
        long most = Math.max(1L, troops.maximum() / 10);
        troops = troops.withSubCeiling(AuthorisedCeiling.of(
            Gens.between(in, 1L, most), PersonnelCategory.MILITARY_OBSERVERS));
      }
      mandate.addCeiling(troops);
    }
    if (police) {
      AuthorisedCeiling ceiling = AuthorisedCeiling.ofPolice(Gens.between(in, 50L, 2_500L));
      if (Gens.chance(in, 2)) {
        // "A police ceiling of 2,101, including 1,441 formed police": below the whole.
        ceiling = ceiling.withSubCeiling(AuthorisedCeiling.of(
            Gens.between(in, ceiling.maximum() / 2, ceiling.maximum() - 1),
            PersonnelCategory.FORMED_POLICE_UNITS));
      }
      mandate.addCeiling(ceiling);
    }
    return mandate.build();
  }

  /**
   * A resolution renewing a mission's mandate from {@code start}: a test symbol of that year whose
   * number is of the order the Council had reached by then, and above {@code previous}'s.
   */
  static SecurityCouncilResolution renewal(
      RandomnessSource in, SecurityCouncilResolution previous, LocalDate start) {
    int year = start.getYear();
    // Roughly the first resolution of a year: 134 in 1960, 646 in 1990, 1284 in 2000...
    int[][] anchors = {{1946, 1}, {1960, 134}, {1970, 276}, {1980, 460}, {1990, 646},
        {2000, 1284}, {2010, 1903}, {2020, 2510}, {2030, 3100}};
    int number = anchors[anchors.length - 1][1];
    for (int i = 1; i < anchors.length; i++) {
      if (year < anchors[i][0]) {
        int[] low = anchors[i - 1];
        int[] high = anchors[i];
        number = low[1] + (high[1] - low[1]) * (year - low[0]) / (high[0] - low[0]);
        break;
      }
    }
    number = Math.max(number + Gens.between(in, 0, 40), previous.number() + 1);
    return SecurityCouncilResolution.of(number, Math.max(year, previous.year()));
  }

  static String describe(MandatedTaskKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
