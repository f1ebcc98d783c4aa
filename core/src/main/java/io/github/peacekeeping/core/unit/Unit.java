package io.github.peacekeeping.core.unit;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A unit, or a group of individual personnel, that a contributor offers to or has deployed in UN
 * peacekeeping, with what the London 2016 communiqué and later ministerials ask to know about it:
 * its personnel by gender and role, platoons and engagement teams, pre-deployment training,
 * vetting, equipment, caveats, night-flying capacity and readiness for rapid deployment.
 *
 * <p>Built with {@link #builder()}. Invariants: the id is never blank; a deployed unit names its
 * mission; the personnel holding each role, and the personnel of all platoons together, are
 * within the unit's personnel, women and men separately; a rapid-deployment window is more than
 * zero days; a vetting day is recorded only for a vetted unit. Whether the unit meets the communiqués' requirements (a National Investigation
 * Officer, a gender adviser, a women platoon, training, vetting...) is policy, checked by the rules
 * module, not here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Unit {

  Unit() {}

  /**
   * Returns the unit's identifier, unique within the data set it comes from.
   *
   * @return the identifier, never null or blank
   */
  public abstract String id();

  /**
   * Returns the unit's type.
   *
   * @return the type, never null
   */
  public abstract UnitType type();

  /**
   * Returns the contributor that provides the unit.
   *
   * @return the contributor, never null
   */
  public abstract Contributor contributor();

  /**
   * Returns how far the unit has gone towards deployment.
   *
   * @return the status, never null
   */
  public abstract DeploymentStatus status();

  /**
   * Returns the mission the unit is deployed in, or offered or ready to deploy to.
   *
   * @return the mission, present when the unit is {@linkplain DeploymentStatus#DEPLOYED deployed},
   *     or empty; never null
   */
  public abstract Optional<Mission> mission();

  /**
   * Returns the unit's personnel.
   *
   * @return the personnel, never null
   */
  public abstract PersonnelCount personnel();

  /**
   * Returns the personnel holding each role, for the roles recorded.
   *
   * @return the personnel by role, unmodifiable, never null
   */
  public abstract Map<UnitRole, PersonnelCount> roles();

  /**
   * Returns the personnel holding a role.
   *
   * @param role the role, not null
   * @return the personnel holding it, {@link PersonnelCount#ZERO} if none is recorded; never null
   * @throws NullPointerException if {@code role} is null
   */
  public PersonnelCount role(UnitRole role) {
    PersonnelCount count = roles().get(Objects.requireNonNull(role, "role"));
    return count == null ? PersonnelCount.ZERO : count;
  }

  /**
   * Returns the unit's platoons, for the units organised in platoons that are recorded.
   *
   * @return the platoons, unmodifiable, never null
   */
  public abstract List<Platoon> platoons();

  /**
   * Returns the unit's engagement teams.
   *
   * @return the engagement teams, unmodifiable, never null
   */
  public abstract List<EngagementTeam> engagementTeams();

  /**
   * Returns the pre-deployment training the unit's personnel completed, if recorded.
   *
   * @return the training, or empty; never null
   */
  public abstract Optional<PredeploymentTraining> training();

  /**
   * Tells whether the unit's personnel have been vetted before deployment.
   *
   * @return true if vetted; false by default
   */
  @Value.Default
  public boolean vetted() {
    return false;
  }

  /**
   * Returns the day the unit's personnel were vetted, if recorded. Rules evaluated as of an earlier
   * day do not count a vetting dated later; an undated vetting counts on every day.
   *
   * @return the day, present only if {@link #vetted()} is true, or empty; never null
   */
  public abstract Optional<LocalDate> vettedOn();

  /**
   * Tells whether the unit's personnel had been vetted by a day: {@link #vetted()}, and {@link
   * #vettedOn()} not after that day when it is recorded.
   *
   * @param date the day, not null
   * @return true if vetted on or before {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isVettedBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return vetted() && vettedOn().map(day -> !day.isAfter(date)).orElse(true);
  }

  /**
   * Returns the state of the unit's required equipment.
   *
   * @return the equipment status, {@link EquipmentStatus#AT_STANDARD} by default, never null
   */
  @Value.Default
  public EquipmentStatus equipment() {
    return EquipmentStatus.AT_STANDARD;
  }

  /**
   * Returns the restrictions the contributor places on the unit's use.
   *
   * @return the caveats, unmodifiable, never null
   */
  public abstract List<Caveat> caveats();

  /**
   * Tells whether the unit can fly at night, which matters for helicopter units.
   *
   * @return true if it can; false by default
   */
  @Value.Default
  public boolean nightFlyingCapable() {
    return false;
  }

  /**
   * Returns the number of days within which the unit can deploy after a UN request, if it is
   * offered for rapid deployment.
   *
   * @return the window in days, from one to {@link Bounds#MAX_RAPID_DEPLOYMENT_DAYS}, or empty;
   *     never null
   */
  public abstract OptionalInt rapidDeploymentDays();

  /**
   * Returns a new builder. The id, type, contributor, status and personnel must be set.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Unit} values. Not thread-safe. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw InvalidAttributeException.of("id", "must not be blank, was '" + id() + "'");
    }
    if (status() == DeploymentStatus.DEPLOYED && mission().isEmpty()) {
      throw InvalidAttributeException.of(
          "mission", "must be present when status is DEPLOYED, was empty (unit " + id() + ")");
    }
    if (vettedOn().isPresent() && !vetted()) {
      throw InvalidAttributeException.of(
          "vettedOn", "must be empty unless vetted is true, was " + vettedOn().get() + " (unit "
              + id() + ")");
    }
    for (Map.Entry<UnitRole, PersonnelCount> role : roles().entrySet()) {
      PersonnelCount part = role.getValue();
      if (part.women() > personnel().women() || part.men() > personnel().men()) {
        throw InvalidAttributeException.ofEntry("roles", role.getKey().name(),
            "must be within the unit's personnel (" + personnel()
                + "), women and men separately, was " + part);
      }
    }
    // Summed as longs, not as a PersonnelCount: the sum is only compared with the unit's
    // personnel, and counts are bounded (Bounds.MAX_PERSONNEL), so no list of them overflows.
    long womenInPlatoons = 0;
    long menInPlatoons = 0;
    for (Platoon platoon : platoons()) {
      womenInPlatoons += platoon.personnel().women();
      menInPlatoons += platoon.personnel().men();
    }
    if (womenInPlatoons > personnel().women() || menInPlatoons > personnel().men()) {
      throw InvalidAttributeException.of(
          "platoons", "must be within the unit's personnel (" + personnel()
              + "), women and men separately, was " + womenInPlatoons + " women, "
              + menInPlatoons + " men");
    }
    if (rapidDeploymentDays().isPresent()) {
      int days = rapidDeploymentDays().getAsInt();
      if (days <= 0) {
        throw InvalidAttributeException.of(
            "rapidDeploymentDays", "must be more than zero, was " + days);
      }
      if (days > Bounds.MAX_RAPID_DEPLOYMENT_DAYS) {
        throw InvalidAttributeException.of("rapidDeploymentDays", "must be at most "
            + Bounds.MAX_RAPID_DEPLOYMENT_DAYS + ", was " + days);
      }
    }
  }
}
