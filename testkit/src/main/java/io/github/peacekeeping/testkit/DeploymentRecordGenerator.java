package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.validation.Rules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of {@link DeploymentRecord}s, valid by default: dated the last day of a month from
 * November 2009 (the first month of the UN's statistics in {@code data/}) to the month before
 * {@link Testkit#DEFAULT_DATE}, for a UN Member State in a mission that operates on that day
 * ({@link Mission#operatesOn}), with women at least the highest gender target of the record's
 * category (see {@link Deployments}). No record is dated after {@link Testkit#DEFAULT_DATE}.
 *
 * <p>{@link #violating(String)} turns it into a generator of records that break {@code
 * UNSC-MISSION-ACTIVE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeploymentRecordGenerator implements Gen<DeploymentRecord> {

  private static final YearMonth FIRST_MONTH = YearMonth.of(2009, 11);

  private static final YearMonth LAST_MONTH = YearMonth.from(Testkit.DEFAULT_DATE).minusMonths(1);

  private static final List<String> SUPPORTED = List.of(Rules.UNSC_MISSION_ACTIVE);

  /** The month ends of the span, in order. */
  private static final List<LocalDate> MONTH_ENDS = monthEnds();

  /** The missions of the catalogue, each with the month ends of the span it did not operate on. */
  private static final List<OutOfLife> OUT_OF_LIFE = outOfLife();

  private record OutOfLife(Mission mission, List<LocalDate> days) {}

  // The rule each valid record is then made to break, or null for valid records.
  private final @Nullable String rule;

  private DeploymentRecordGenerator(@Nullable String rule) {
    this.rule = rule;
  }

  static DeploymentRecordGenerator defaults() {
    return new DeploymentRecordGenerator(null);
  }

  /**
   * Returns a generator of records that break rule {@code ruleId}, and no other rule: {@link
   * io.github.peacekeeping.validation.CommuniqueValidator#validate(DeploymentRecord,
   * io.github.peacekeeping.validation.ValidationContext)} reports, under {@link
   * Testkit#DEFAULT_CONTEXT}, a finding of that rule at its severity and nothing else:
   *
   * <ul>
   *   <li>{@code UNSC-MISSION-ACTIVE}: a record dated, within the span, on a month end its mission
   *       of the catalogue did not operate on: before the mission started (MONUSCO before July
   *       2010, for instance) or after its withdrawal was completed (MINUSMA after December
   *       2023).
   * </ul>
   *
   * @param ruleId the ID of a rule listed above, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code ruleId} is unknown or is a rule a record cannot
   *     break; the message names the rules this generator can break
   */
  public DeploymentRecordGenerator violating(String ruleId) {
    return new DeploymentRecordGenerator(Breaches.require(
        ruleId, "DeploymentRecordGenerator", "a deployment record", SUPPORTED));
  }

  /**
   * Returns the IDs of the rules {@link #violating} accepts.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> supportedRules() {
    return SUPPORTED;
  }

  @Override
  public DeploymentRecord generate(RandomnessSource in) {
    if (rule == null) {
      return Deployments.record(in, Gens.pick(in, MONTH_ENDS));
    }
    OutOfLife out = Gens.pick(in, OUT_OF_LIFE);
    return Deployments.record(in, Gens.pick(in, out.days()), out.mission());
  }

  private static List<LocalDate> monthEnds() {
    List<LocalDate> days = new ArrayList<>();
    for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
      days.add(month.atEndOfMonth());
    }
    return List.copyOf(days);
  }

  private static List<OutOfLife> outOfLife() {
    List<OutOfLife> all = new ArrayList<>();
    for (Mission mission : Mission.all()) {
      List<LocalDate> days = MONTH_ENDS.stream().filter(day -> !mission.operatesOn(day)).toList();
      if (!days.isEmpty()) {
        all.add(new OutOfLife(mission, days));
      }
    }
    return List.copyOf(all);
  }
}
