package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The readiness of a pledge in the Peacekeeping Capability Readiness System (PCRS): the level
 * claimed and the evidence recorded for it.
 *
 * <p>Invariants: a SUR reference, when present, is not blank; a rapid-deployment window, when
 * present, is more than zero days. Whether the evidence backs the level claimed (an AAV date from
 * Level 2, a SUR from Level 3, a 60-day window at the Rapid Deployment Level) is policy, checked by
 * the rules module: a Level 3 readiness without a SUR is constructible.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Readiness {

  Readiness() {}

  /**
   * Returns the readiness level claimed.
   *
   * @return the level, never null
   */
  @Value.Parameter
  public abstract ReadinessLevel level();

  /**
   * Returns the day the pledge was registered in the PCRS, if known.
   *
   * @return the day, or empty; never null
   */
  public abstract Optional<LocalDate> registeredOn();

  /**
   * Returns the day of the Assessment and Advisory Visit (AAV), if one was conducted.
   *
   * @return the day, or empty; never null
   */
  public abstract Optional<LocalDate> aavDate();

  /**
   * Returns the reference of the Statement of Unit Requirements (SUR), generic or mission-specific,
   * that the unit's personnel and equipment are aligned with.
   *
   * @return the reference, never blank, or empty; never null
   */
  public abstract Optional<String> surReference();

  /**
   * Returns the number of days within which the pledged capability can deploy after a UN request.
   *
   * @return the window in days, more than zero, or empty; never null
   */
  public abstract OptionalInt rapidDeploymentDays();

  /**
   * Returns a readiness at the given level, with no evidence recorded.
   *
   * @param level the level, not null
   * @return the readiness, never null
   * @throws NullPointerException if {@code level} is null
   */
  public static Readiness of(ReadinessLevel level) {
    return ImmutableReadiness.of(level);
  }

  /**
   * Returns a new builder. The level must be set.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Readiness} values. Not thread-safe. */
  public static final class Builder extends ImmutableReadiness.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (surReference().isPresent() && surReference().get().isBlank()) {
      throw new IllegalArgumentException(
          "surReference: must not be blank, was '" + surReference().get() + "'");
    }
    if (rapidDeploymentDays().isPresent() && rapidDeploymentDays().getAsInt() <= 0) {
      throw new IllegalArgumentException(
          "rapidDeploymentDays: must be more than zero, was " + rapidDeploymentDays().getAsInt());
    }
  }
}
