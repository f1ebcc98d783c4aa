package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What is known of a mission on a given day: its mandates over time, the capabilities it holds and
 * the uniformed personnel it has deployed on that day. This is what the rules module checks a
 * mission against.
 *
 * <p>The mandates are the mission's own, in the order of their periods, which do not overlap; the
 * mandate in force on a day is the one whose period covers it ({@link #mandateOn(LocalDate)}), and
 * the ceilings, tasks and capabilities a mission is checked against are those of the mandate in
 * force on the profile's day ({@link #mandateInForce()}). Whether the mission holds the capabilities its mandate
 * needs, or has deployed more personnel than its ceilings allow, is policy, not an invariant: a
 * profile is built as observed and the rules module reports such findings.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class MissionProfile {

  MissionProfile() {}

  /**
   * Returns the mission.
   *
   * @return the mission, never null
   */
  public abstract Mission mission();

  /**
   * Returns the mission's mandates, in the order of their periods.
   *
   * @return the mandates, at least one, each of {@link #mission()}, periods not overlapping,
   *     unmodifiable, never null
   */
  public abstract List<Mandate> mandates();

  /**
   * Returns the capabilities the mission holds.
   *
   * @return an unmodifiable set, possibly empty, never null
   */
  public abstract Set<MissionCapability> capabilities();

  /**
   * Returns the uniformed personnel deployed, by category.
   *
   * @return an unmodifiable map, possibly empty, never null
   */
  public abstract Map<PersonnelCategory, PersonnelCount> deployed();

  /**
   * Returns the day the profile describes.
   *
   * @return the day, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns a builder for a profile.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the mandate in force on a day: the one whose period covers it.
   *
   * @param date the day, not null
   * @return the mandate, or empty if no mandate's period covers {@code date}; never null
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<Mandate> mandateOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (Mandate mandate : mandates()) {
      if (mandate.period().contains(date)) {
        return Optional.of(mandate);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the mandate in force on the day the profile describes, {@link #asOf()}.
   *
   * @return the mandate, or empty if no mandate's period covers that day; never null
   */
  public Optional<Mandate> mandateInForce() {
    return mandateOn(asOf());
  }

  /**
   * Returns the personnel deployed in one category.
   *
   * @param category the category, not null
   * @return the count, {@link PersonnelCount#ZERO} if none is recorded, never null
   * @throws NullPointerException if {@code category} is null
   */
  public PersonnelCount deployed(PersonnelCategory category) {
    Objects.requireNonNull(category, "category");
    return deployed().getOrDefault(category, PersonnelCount.ZERO);
  }

  @Value.Check
  void check() {
    if (mandates().isEmpty()) {
      throw InvalidAttributeException.of("mandates", "must not be empty, was [] (" + mission() + ")");
    }
    for (int i = 0; i < mandates().size(); i++) {
      Mandate mandate = mandates().get(i);
      if (!mandate.mission().equals(mission())) {
        throw InvalidAttributeException.ofElement(
            "mandates", i, "must be a mandate of " + mission() + ", was a mandate of "
                + mandate.mission());
      }
      if (i > 0) {
        MandatePeriod previous = mandates().get(i - 1).period();
        if (!mandate.period().start().isAfter(previous.end())) {
          throw InvalidAttributeException.ofElement(
              "mandates", i, "must start after the mandate before it ends (" + previous
                  + "), was " + mandate.period());
        }
      }
    }
  }

  /**
   * Builds a {@link MissionProfile}. The mission, at least one mandate ({@code addMandate}, in the
   * order of their periods) and the day are required; capabilities are
   * added with {@code addCapability}, deployed personnel with {@code putDeployed}. {@code build()}
   * throws {@link IllegalStateException} naming a missing attribute and {@link
   * IllegalArgumentException} when an invariant fails.
   */
  public static final class Builder extends ImmutableMissionProfile.Builder {
    Builder() {}
  }
}
