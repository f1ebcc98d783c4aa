package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.Mission;
import java.time.LocalDate;

/** What the two validators of {@code UNSC-MISSION-ACTIVE} share: the test and the message. */
public final class MissionLife {

  private MissionLife() {}

  /**
   * Tells whether a deployment record counts: whether its mission operates on its date.
   *
   * @param record the record, not null
   * @return true if the mission operates on the record's date
   */
  public static boolean counts(DeploymentRecord record) {
    return record.mission().operatesOn(record.date());
  }

  static Violations.Report report(
      Violations violations, Mission mission, LocalDate date, String path) {
    String life;
    if (date.isBefore(mission.start())) {
      life = "started on " + mission.start();
    } else {
      LocalDate last = mission.lastDay().orElseThrow();
      life = mission.withdrawalCompleted().isPresent()
          ? "completed its withdrawal on " + last
          : "ended on " + last;
    }
    return violations.report("{io.github.peacekeeping.validation.constraints.MissionActive.message}")
        .at(path)
        .with("mission", mission.acronym())
        .with("date", date.toString())
        .with("life", life)
        .offending(mission);
  }
}
