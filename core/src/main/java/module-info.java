/**
 * The immutable value types of the UN peacekeeping domain.
 *
 * <p>Contributors ({@code io.github.peacekeeping.core.contributor}), missions, Security Council
 * resolutions and mandates ({@code io.github.peacekeeping.core.mission}), personnel counts by
 * gender ({@code io.github.peacekeeping.core.personnel}), units ({@link
 * io.github.peacekeeping.core.unit}), pledges and PCRS readiness ({@link
 * io.github.peacekeeping.core.pledge}), gender and readiness targets ({@link
 * io.github.peacekeeping.core.target}), deployment records as the UN publishes them ({@link
 * io.github.peacekeeping.core.deployment}) and the source documents they are traced to ({@link
 * io.github.peacekeeping.core.source}).
 *
 * <p>Every value checks its invariants when it is built (a negative headcount, more women than
 * personnel, an unknown ISO code cannot be built). Policy, such as whether a unit meets the
 * London 2016 requirements, is not checked here: the validation module reports it.
 */
module io.github.peacekeeping.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.peacekeeping.core.contributor;
  // exports io.github.peacekeeping.core.deployment; (uncomment when the package has a type)
  exports io.github.peacekeeping.core.mission;
  exports io.github.peacekeeping.core.personnel;
  // exports io.github.peacekeeping.core.pledge; (uncomment when the package has a type)
  exports io.github.peacekeeping.core.source;
  // exports io.github.peacekeeping.core.target; (uncomment when the package has a type)
  // exports io.github.peacekeeping.core.unit; (uncomment when the package has a type)
}
