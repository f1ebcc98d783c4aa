package io.github.peacekeeping.core.pledge;

/**
 * How a pledge leaves the Peacekeeping Capability Readiness System (PCRS): the last entry of a
 * {@link Readiness} history that ends, or an entry after which the pledge holds no level until it
 * reaches one again.
 */
public enum ReadinessExit {
  /** The contributor withdrew the pledge. */
  WITHDRAWN,
  /** The pledge lapsed: it was not reconfirmed, or its registration ran out. */
  EXPIRED
}
