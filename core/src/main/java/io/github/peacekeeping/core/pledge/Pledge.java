package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A pledge to UN peacekeeping: what one or more contributors offer (units, equipment, training),
 * how they share it ({@link Arrangement}), the Seoul 2021 categories it falls in, the conference it
 * was made at and its readiness in the Peacekeeping Capability Readiness System.
 *
 * <p>Built with {@link #builder()}. Invariants: the id is not blank, and the reconfirmations are in
 * the order of their days, no two on one day, none before the pledge; the units together hold at
 * most {@link Bounds#MAX_PERSONNEL} women and as many men. Whether the pledge meets the
 * communiqués' requirements (registered in the PCRS, evidence for its level, a category from Seoul 2021 on, current...) is policy, checked
 * by the rules module, not here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Pledge {

  Pledge() {}

  /**
   * Returns the pledge's identifier, unique within the data set it comes from.
   *
   * @return the identifier, never null or blank
   */
  public abstract String id();

  /**
   * Returns how the pledging parties share the pledge.
   *
   * @return the arrangement, never null
   */
  public abstract Arrangement arrangement();

  /**
   * Returns the Seoul 2021 categories the pledge falls in.
   *
   * @return the categories, possibly none, unmodifiable, never null
   */
  public abstract Set<PledgeCategory> categories();

  /**
   * Returns the conference the pledge was made at, if any.
   *
   * @return the conference, or empty; never null
   */
  public abstract Optional<Conference> conference();

  /**
   * Returns the day the pledge was made.
   *
   * @return the day, never null
   */
  public abstract LocalDate pledgedOn();

  /**
   * Returns the days the pledge was reconfirmed in the PCRS.
   *
   * @return the days, in increasing order, none before {@link #pledgedOn()}, possibly none,
   *     unmodifiable, never null
   */
  public abstract List<LocalDate> reconfirmations();

  /**
   * Returns the latest reconfirmation on or before a day.
   *
   * @param date the day, not null
   * @return the day of that reconfirmation, or empty if there was none by {@code date}; never null
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<LocalDate> lastReconfirmationBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate last = null;
    for (LocalDate reconfirmation : reconfirmations()) {
      if (reconfirmation.isAfter(date)) {
        break;
      }
      last = reconfirmation;
    }
    return Optional.ofNullable(last);
  }

  /**
   * Tells whether the pledge had been made on a day: whether {@link #pledgedOn()} is not after it.
   * A pledge made later does not exist on that day, and the rules do not evaluate it.
   *
   * @param date the day, not null
   * @return true if the pledge was made on or before {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isMadeBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !pledgedOn().isAfter(date);
  }

  /**
   * Returns the units pledged.
   *
   * @return the units, possibly none, unmodifiable, never null
   */
  public abstract List<Unit> units();

  /**
   * Returns the equipment offered.
   *
   * @return the equipment offers, possibly none, unmodifiable, never null
   */
  public abstract List<EquipmentOffer> equipment();

  /**
   * Returns the training offered.
   *
   * @return the training offers, possibly none, unmodifiable, never null
   */
  public abstract List<TrainingOffer> training();

  /**
   * Returns the pledge's readiness history in the PCRS, if it has been registered.
   *
   * @return the history, or empty; never null
   */
  public abstract Optional<Readiness> readiness();

  /**
   * Returns a new builder. The id, arrangement (or {@linkplain Builder#contributor(Contributor)
   * contributor}) and pledge day must be set.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Pledge} values. Not thread-safe. */
  public static final class Builder extends ImmutablePledge.Builder {
    Builder() {}

    /**
     * Sets the arrangement to the given contributor pledging alone ({@link SingleContributor}).
     *
     * @param contributor the contributor, not null
     * @return this builder, never null
     * @throws NullPointerException if {@code contributor} is null
     */
    public Builder contributor(Contributor contributor) {
      arrangement(SingleContributor.of(contributor));
      return this;
    }
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw InvalidAttributeException.of("id", "must not be blank, was '" + id() + "'");
    }
    LocalDate previous = null;
    for (int i = 0; i < reconfirmations().size(); i++) {
      LocalDate reconfirmation = reconfirmations().get(i);
      if (reconfirmation.isBefore(pledgedOn())) {
        throw InvalidAttributeException.ofElement(
            "reconfirmations", i, "must not be before pledgedOn " + pledgedOn() + ", was "
                + reconfirmation);
      }
      if (previous != null && !reconfirmation.isAfter(previous)) {
        throw InvalidAttributeException.ofElement(
            "reconfirmations", i, "must be after the reconfirmation before it (" + previous
                + "), was " + reconfirmation);
      }
      previous = reconfirmation;
    }
    // The units' personnel together is itself a count (personnel()), so it is bounded here, where
    // the pledge is built, and personnel() cannot fail. Each unit is bounded, so these longs cannot
    // overflow (Bounds.MAX_PERSONNEL).
    long women = 0;
    long men = 0;
    for (Unit unit : units()) {
      women += unit.personnel().women();
      men += unit.personnel().men();
    }
    if (women > Bounds.MAX_PERSONNEL || men > Bounds.MAX_PERSONNEL) {
      throw InvalidAttributeException.of("units", "must hold at most " + Bounds.MAX_PERSONNEL
          + " women and " + Bounds.MAX_PERSONNEL + " men together, was " + women + " women, "
          + men + " men");
    }
  }

  /**
   * Returns the pledging parties, as the arrangement names them.
   *
   * @return the contributors, unmodifiable, never null
   */
  public List<Contributor> contributors() {
    return arrangement().contributors();
  }

  /**
   * Returns the personnel of all the units pledged together.
   *
   * @return the sum of the units' personnel, {@link PersonnelCount#ZERO} if there are no units;
   *     never null; within {@link Bounds#MAX_PERSONNEL}, as the pledge checks when it is built
   */
  public PersonnelCount personnel() {
    PersonnelCount sum = PersonnelCount.ZERO;
    for (Unit unit : units()) {
      sum = sum.plus(unit.personnel());
    }
    return sum;
  }

  /**
   * Tells whether the pledge offers capabilities: units, or the category {@link
   * PledgeCategory#MILITARY_AND_POLICE_CAPABILITIES}. The London 2016 communiqué asks for these to
   * be registered in the PCRS.
   *
   * @return true for a capability pledge
   */
  public boolean isCapabilityPledge() {
    return !units().isEmpty()
        || categories().contains(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES);
  }

  /**
   * Tells whether the pledge, or one of its units, is offered for rapid deployment on a day: the
   * readiness step in force on that day is at the Rapid Deployment Level or states a deployment
   * window, or a unit states one.
   *
   * @param date the day, not null
   * @return true if offered for rapid deployment on {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean offeredForRapidDeployment(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<ReadinessStep> step = readiness().flatMap(history -> history.stepOn(date));
    if (step.isPresent()
        && (step.get().level().orElse(null) == ReadinessLevel.RAPID_DEPLOYMENT
            || step.get().rapidDeployment().isPresent())) {
      return true;
    }
    return units().stream().anyMatch(unit -> unit.rapidDeploymentDays().isPresent());
  }
}
