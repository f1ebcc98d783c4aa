package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A pledge to UN peacekeeping: what one or more contributors offer (units, equipment, training),
 * how they share it ({@link Arrangement}), the Seoul 2021 categories it falls in, the conference it
 * was made at and its readiness in the Peacekeeping Capability Readiness System.
 *
 * <p>Built with {@link #builder()}. Invariants: the id is not blank, and a reconfirmation is not
 * dated before the pledge. Whether the pledge meets the communiqués' requirements (registered in
 * the PCRS, evidence for its level, a category from Seoul 2021 on, current...) is policy, checked
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
   * Returns the day the pledge was last reconfirmed, if ever.
   *
   * @return the day, on or after {@link #pledgedOn()}, or empty; never null
   */
  public abstract Optional<LocalDate> reconfirmedOn();

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
   * Returns the pledge's readiness in the PCRS, if it is registered.
   *
   * @return the readiness, or empty; never null
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
      throw new IllegalArgumentException("id: must not be blank, was '" + id() + "'");
    }
    if (reconfirmedOn().isPresent() && reconfirmedOn().get().isBefore(pledgedOn())) {
      throw new IllegalArgumentException(
          "reconfirmedOn: must not be before pledgedOn "
              + pledgedOn()
              + ", was "
              + reconfirmedOn().get());
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
   *     never null
   * @throws ArithmeticException if the sum overflows a {@code long}
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
   * Tells whether the pledge, or one of its units, is offered for rapid deployment: its readiness
   * is at the Rapid Deployment Level or states a deployment window, or a unit states one.
   *
   * @return true if offered for rapid deployment
   */
  public boolean offeredForRapidDeployment() {
    if (readiness().isPresent()
        && (readiness().get().level() == ReadinessLevel.RAPID_DEPLOYMENT
            || readiness().get().rapidDeploymentDays().isPresent())) {
      return true;
    }
    return units().stream().anyMatch(unit -> unit.rapidDeploymentDays().isPresent());
  }
}
