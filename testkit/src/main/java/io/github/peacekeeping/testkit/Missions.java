package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatePeriod;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MandatedTaskKind;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionKind;
import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
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
 * ceilings; they are test data, not the Council's figures. This class is immutable and
 * thread-safe.
 */
public final class Missions {

  private static final List<SecurityCouncilResolution> RESOLUTIONS = Mission.all().stream()
      .map(Mission::establishedBy)
      .distinct()
      .sorted()
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
   * Returns a generator of the missions active on {@code date}.
   *
   * @param date the date, not null
   * @return a generator of missions, never null
   * @throws IllegalArgumentException if no mission of the catalogue is active on {@code date}
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
   * (has a priority) and the military and police ceilings cover distinct categories.
   *
   * @return a generator of mandates, never null
   */
  public static Gen<Mandate> mandates() {
    return in -> mandate(in, Gens.pick(in, Mission.all()));
  }

  /**
   * Returns a generator of mission profiles that draw no warning: the mission as of a day within
   * its (establishing) mandate, with every {@link
   * io.github.peacekeeping.core.mission.MissionCapability} (the protection-of-civilians
   * capabilities and both headquarters gender advisers) and uniformed personnel within the
   * mandate's ceilings.
   *
   * @return a generator of mission profiles, never null; {@link
   *     MissionProfileGenerator#violating} turns it into one of profiles that break a rule
   */
  public static MissionProfileGenerator missionProfiles() {
    return MissionProfileGenerator.defaults();
  }

  static List<Mission> active(LocalDate date) {
    return Mission.all().stream().filter(m -> m.isActiveOn(date)).toList();
  }

  static List<Mission> activePeacekeepingOperations(LocalDate date) {
    return active(date).stream()
        .filter(m -> m.kind() == MissionKind.PEACEKEEPING_OPERATION)
        .toList();
  }

  static Mandate mandate(RandomnessSource in, Mission mission) {
    LocalDate start = mission.start();
    Mandate.Builder mandate = Mandate.builder()
        .mission(mission)
        .authorisedBy(mission.establishedBy())
        .period(MandatePeriod.of(start, start.plusMonths(Gens.chance(in, 2) ? 12 : 6)));
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
    mandate.addCeiling(AuthorisedCeiling.ofMilitary(Gens.between(in, 100L, 20_000L)));
    if (!Gens.chance(in, 3)) {
      mandate.addCeiling(AuthorisedCeiling.ofPolice(Gens.between(in, 50L, 2_500L)));
    }
    return mandate.build();
  }

  static String describe(MandatedTaskKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
