package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of deployment records and snapshots, shaped like the UN's monthly statistics of
 * uniformed personnel by contributor, mission and category. A record is of a mission that operates
 * on its day ({@link Mission#operatesOn}), so that {@code
 * UNSC-MISSION-ACTIVE} holds.
 *
 * <p>Every record meets, on its own, the highest gender target set for its category (women are
 * at least 15% of contingent troops, 25% of staff officers and military observers, 20% of formed
 * police units and 30% of individual police), so a snapshot, summed in any scope, draws no
 * WARNING or ERROR from {@link
 * io.github.peacekeeping.validation.CommuniqueValidator#assessTargets} under {@link
 * Testkit#DEFAULT_CONTEXT}. These shares are above what the real statistics show; the headcounts
 * are plausible test figures, not data. This class is immutable and thread-safe.
 */
public final class Deployments {

  private Deployments() {}

  /**
   * Returns a generator of records dated the last day of a month from November 2009 to the month
   * before {@link Testkit#DEFAULT_DATE}, for a UN Member State in a mission that operates on that
   * day, as {@link DeploymentRecordGenerator} describes.
   *
   * @return a generator of records, never null; {@link DeploymentRecordGenerator#violating} turns
   *     it into one of records dated outside their mission's life
   */
  public static DeploymentRecordGenerator records() {
    return DeploymentRecordGenerator.defaults();
  }

  /**
   * Returns a generator of snapshots of one to twenty records, all dated {@code date}.
   *
   * @param date the date of the snapshot, not null; some mission must operate on it
   * @return a generator of snapshots, never null
   * @throws IllegalArgumentException if no mission operates on {@code date}
   */
  public static Gen<DeploymentSnapshot> snapshots(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Missions.activeOn(date);
    return in -> DeploymentSnapshot.of(date, Gens.listOf(in, r -> record(r, date), 1, 20));
  }

  static DeploymentRecord record(RandomnessSource in, LocalDate date) {
    return record(in, date, Gens.pick(in, Missions.active(date)));
  }

  /** A record of {@code mission} on {@code date}, whether the mission operates then or not. */
  static DeploymentRecord record(RandomnessSource in, LocalDate date, Mission mission) {
    PersonnelCategory category = Personnel.categories().generate(in);
    long total = switch (category) {
      case CONTINGENT_TROOPS -> Gens.between(in, 1L, 1_200L);
      case STAFF_OFFICERS, MILITARY_OBSERVERS -> Gens.between(in, 1L, 30L);
      case FORMED_POLICE_UNITS -> Gens.between(in, 120L, 320L);
      case INDIVIDUAL_POLICE -> Gens.between(in, 1L, 100L);
      case JUSTICE_AND_CORRECTIONS -> Gens.between(in, 1L, 20L);
    };
    int percent = switch (category) {
      case CONTINGENT_TROOPS -> 15;
      case STAFF_OFFICERS, MILITARY_OBSERVERS -> 25;
      case FORMED_POLICE_UNITS -> 20;
      case INDIVIDUAL_POLICE -> 30;
      case JUSTICE_AND_CORRECTIONS -> 0;
    };
    long women = Gens.minimumWomen(total, percent);
    PersonnelCount personnel = Gens.count(in, total, women, percent + 10);
    return DeploymentRecord.of(
        date,
        Contributors.memberStates().generate(in),
        mission,
        category,
        personnel);
  }
}
