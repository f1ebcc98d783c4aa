package io.github.peacekeeping.validation;

import jakarta.validation.Payload;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * How serious a finding is.
 *
 * <p>{@link #ERROR} where a source states a requirement for every case ("all", "must", "ensure", a
 * number with a deadline that has passed); {@link #WARNING} where it calls for, supports or
 * encourages something; {@link #INFO} for facts a reader should see, such as declared caveats or
 * progress towards a target whose deadline is still ahead. Constants are declared from the most to
 * the least serious.
 *
 * <p>On a Jakarta Bean Validation constraint the severity travels as payload: {@link Error},
 * {@link Warning} or {@link Info}. {@link #ofPayload(Collection)} reads it back; a constraint
 * without one has its rule's severity.
 */
public enum Severity {
  /** A requirement stated for every case is not met. */
  ERROR,
  /** Something the source calls for, supports or encourages is missing. */
  WARNING,
  /** A fact worth seeing; nothing is wrong. */
  INFO;

  /**
   * Tells whether this severity is at least as serious as another.
   *
   * @param threshold the severity to compare with, not null
   * @return true if this severity is {@code threshold} or more serious
   * @throws NullPointerException if {@code threshold} is null
   */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(Objects.requireNonNull(threshold, "threshold")) <= 0;
  }

  /**
   * Returns the severity carried by a constraint's payload, the most serious if several are given.
   * Bean Validation requires a constraint's payload to default to none, so a constraint put on a
   * field without a payload carries no severity: its rule's catalogue severity applies.
   *
   * @param payload the payload classes of a constraint, not null
   * @return the severity, or empty if the payload names none; never null
   * @throws NullPointerException if {@code payload} is null
   */
  public static Optional<Severity> ofPayload(Collection<Class<? extends Payload>> payload) {
    Objects.requireNonNull(payload, "payload");
    if (payload.contains(Error.class)) {
      return Optional.of(ERROR);
    }
    if (payload.contains(Warning.class)) {
      return Optional.of(WARNING);
    }
    if (payload.contains(Info.class)) {
      return Optional.of(INFO);
    }
    return Optional.empty();
  }

  /** Payload marking a constraint as {@link Severity#ERROR}. */
  public interface Error extends Payload {}

  /** Payload marking a constraint as {@link Severity#WARNING}. */
  public interface Warning extends Payload {}

  /** Payload marking a constraint as {@link Severity#INFO}. */
  public interface Info extends Payload {}
}
