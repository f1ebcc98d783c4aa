package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.pledge.SurKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.RandomnessSource;

/**
 * Draws PCRS readiness histories whose every step is backed by its evidence: a successful
 * Assessment and Advisory Visit from Level 2 on, a SUR alignment from Level 3 on, a commitment of
 * 30 or 60 days at the Rapid Deployment Level, each dated on or before its step and after the
 * step before it when it is new. Evidence carries over from step to step until the pledge leaves
 * the system. A step does not repeat the level of the step before it, but for Level 1 after Level
 * 1, which records an unsuccessful visit.
 *
 * <p>The history is fixed on one day (the generator's evaluation date): the step in force then is
 * at the chosen level, or an exit. Steps after that day, up to the end of the records, are added
 * only when the caller asks for records beyond it.
 */
final class ReadinessHistories {

  private static final List<ReadinessLevel> LEVELS = List.of(ReadinessLevel.values());

  /** What a step after the registration can be, before the ones ruled out are taken away. */
  private static final List<Object> MOVES = List.of(
      ReadinessLevel.LEVEL_1, ReadinessLevel.LEVEL_2, ReadinessLevel.LEVEL_3,
      ReadinessLevel.RAPID_DEPLOYMENT, ReadinessExit.WITHDRAWN, ReadinessExit.EXPIRED);

  private ReadinessHistories() {}

  /**
   * What to draw.
   *
   * @param evidenceFrom the earliest day new evidence of the registration step may carry (the
   *     pledge's day)
   * @param registeredFrom the earliest registration day
   * @param registeredTo the latest registration day, not before {@code registeredFrom}, not after
   *     {@code fixedOn}
   * @param fixedOn the day the step in force has {@code inForce} as its level or exit
   * @param inForce a {@link ReadinessLevel} or a {@link ReadinessExit}
   * @param once whether the history is the registration alone
   * @param recordsEnd the last day a step may be on, not before {@code fixedOn}
   * @param unitCode the type of the pledge's first unit, for SUR references
   */
  record Plan(
      LocalDate evidenceFrom,
      LocalDate registeredFrom,
      LocalDate registeredTo,
      LocalDate fixedOn,
      Object inForce,
      boolean once,
      LocalDate recordsEnd,
      String unitCode) {}

  static Readiness draw(RandomnessSource in, Plan plan) {
    Evidence evidence = new Evidence(plan.unitCode());
    List<ReadinessStep> steps = new ArrayList<>();
    boolean exitInForce = plan.inForce() instanceof ReadinessExit;
    // An exit in force needs a step after the registration.
    LocalDate latestRegistration = exitInForce && plan.registeredTo().equals(plan.fixedOn())
        ? plan.registeredTo().minusDays(1)
        : plan.registeredTo();
    LocalDate registeredOn = Gens.date(in, plan.registeredFrom(), latestRegistration);
    long room = ChronoUnit.DAYS.between(registeredOn, plan.fixedOn());
    int later = plan.once() ? 0 : (int) Math.min(Gens.between(in, 0, 3), room);
    if (exitInForce) {
      later = Math.max(later, 1);
    }
    // Most pledges are registered at Level 1; none at the level it moves to next.
    Object registration = plan.inForce();
    if (later > 0) {
      List<Object> registrations = new ArrayList<>(List.of(ReadinessLevel.LEVEL_1,
          ReadinessLevel.LEVEL_1, ReadinessLevel.LEVEL_1, ReadinessLevel.LEVEL_2,
          ReadinessLevel.LEVEL_3));
      if (later == 1 && plan.inForce() != ReadinessLevel.LEVEL_1) {
        registrations.remove(plan.inForce());
      }
      registration = Gens.pick(in, registrations);
    }
    steps.add(evidence.next(in, registration, plan.evidenceFrom(), registeredOn));

    LocalDate previous = registeredOn;
    for (int i = 1; i <= later; i++) {
      LocalDate on = Gens.nextDay(in, previous, plan.fixedOn(), later - i);
      Object move = i == later
          ? plan.inForce()
          : Gens.pick(in, allowed(last(steps), i == later - 1 ? plan.inForce() : null));
      steps.add(evidence.next(in, move, previous.plusDays(1), on));
      previous = on;
    }

    if (!plan.once() && plan.recordsEnd().isAfter(plan.fixedOn())) {
      long after = ChronoUnit.DAYS.between(plan.fixedOn(), plan.recordsEnd());
      int more = (int) Math.min(Gens.between(in, 0, 2), after);
      previous = plan.fixedOn();
      LocalDate evidenceFrom = last(steps).on().plusDays(1);
      for (int i = 1; i <= more; i++) {
        LocalDate on = Gens.nextDay(in, previous, plan.recordsEnd(), more - i);
        steps.add(evidence.next(in, Gens.pick(in, allowed(last(steps), null)),
            i == 1 ? evidenceFrom : previous.plusDays(1), on));
        previous = on;
      }
    }
    return Readiness.builder().addAllSteps(steps).build();
  }

  /**
   * The moves after {@code previous}, before {@code next} (null if none is fixed): no exit next to
   * an exit, and no step that repeats the level before or after it, but for Level 1 after Level 1,
   * the record of an unsuccessful visit.
   */
  private static List<Object> allowed(ReadinessStep previous, @Nullable Object next) {
    List<Object> moves = new ArrayList<>(MOVES);
    if (previous.exit().isPresent() || next instanceof ReadinessExit) {
      moves.removeIf(move -> move instanceof ReadinessExit);
    }
    previous.level().filter(level -> level != ReadinessLevel.LEVEL_1).ifPresent(moves::remove);
    if (next != ReadinessLevel.LEVEL_1) {
      moves.remove(next);
    }
    return moves;
  }

  private static ReadinessStep last(List<ReadinessStep> steps) {
    return steps.get(steps.size() - 1);
  }

  /** The evidence on record as the history goes on; a step that leaves the system clears it. */
  private static final class Evidence {
    private final String unitCode;
    private @Nullable ReadinessLevel level;
    private @Nullable AssessmentVisit visit;
    private @Nullable SurAlignment sur;
    private @Nullable RapidDeploymentCommitment rapid;

    Evidence(String unitCode) {
      this.unitCode = unitCode;
    }

    /** The step {@code move} on {@code on}; new evidence is dated from {@code from}. */
    ReadinessStep next(RandomnessSource in, Object move, LocalDate from, LocalDate on) {
      if (move instanceof ReadinessExit exit) {
        level = null;
        visit = null;
        sur = null;
        rapid = null;
        return ReadinessStep.left(exit, on);
      }
      ReadinessLevel reached = (ReadinessLevel) move;
      ReadinessStep.Builder step = ReadinessStep.builder().on(on).level(reached);
      if (reached.isAtLeast(ReadinessLevel.LEVEL_2)) {
        if (visit == null || !visit.successful()) {
          visit = AssessmentVisit.of(Gens.date(in, from, on));
        }
        step.aav(visit);
      } else if (level == ReadinessLevel.LEVEL_1) {
        // Level 1 again: a visit took place and did not succeed.
        visit = AssessmentVisit.unsuccessful(Gens.date(in, from, on));
        step.aav(visit);
      }
      if (reached.isAtLeast(ReadinessLevel.LEVEL_3)) {
        if (sur == null) {
          LocalDate alignedOn = Gens.date(in, from, on);
          SurKind kind = Gens.chance(in, 3) ? SurKind.MISSION_SPECIFIC : SurKind.GENERIC;
          sur = SurAlignment.of(
              "SUR-" + unitCode + "-" + alignedOn.getYear(), kind, alignedOn);
        }
        step.sur(sur);
      }
      if (reached == ReadinessLevel.RAPID_DEPLOYMENT) {
        if (rapid == null) {
          rapid = RapidDeploymentCommitment.of(
              Gens.pick(in, List.of(60, 30)), Gens.date(in, from, on));
        }
        step.rapidDeployment(rapid);
      }
      level = reached;
      return step.build();
    }
  }

  /** The step in force on {@code day} and its index; empty before the registration. */
  static Optional<Integer> indexOn(Readiness readiness, LocalDate day) {
    List<ReadinessStep> steps = readiness.steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (!steps.get(i).on().isAfter(day)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** {@code readiness} with its step at {@code index} replaced. */
  static Readiness replace(Readiness readiness, int index, ReadinessStep step) {
    List<ReadinessStep> steps = new ArrayList<>(readiness.steps());
    steps.set(index, step);
    return Readiness.builder().addAllSteps(steps).build();
  }
}
