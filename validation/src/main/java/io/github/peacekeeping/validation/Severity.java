package io.github.peacekeeping.validation;

import jakarta.validation.Payload;
import java.util.Collection;
import java.util.Objects;

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
 * {@link Warning} or {@link Info}. {@link #ofPayload(Collection)} reads it back.
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
   *
   * @param payload the payload classes of a constraint, not null
   * @return the severity, {@link #ERROR} if the payload names none; never null
   * @throws NullPointerException if {@code payload} is null
   */
  public static Severity ofPayload(Collection<Class<? extends Payload>> payload) {
    Objects.requireNonNull(payload, "payload");
    if (payload.contains(Error.class)) {
      return ERROR;
    }
    if (payload.contains(Warning.class)) {
      return WARNING;
    }
    if (payload.contains(Info.class)) {
      return INFO;
    }
    return ERROR;
  }

  /** Payload marking a constraint as {@link Severity#ERROR}. */
  public interface Error extends Payload {}

  /** Payload marking a constraint as {@link Severity#WARNING}. */
  public interface Warning extends Payload {}

  /** Payload marking a constraint as {@link Severity#INFO}. */
  public interface Info extends Payload {}
}
