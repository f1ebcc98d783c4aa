/**
 * The immutable value types of the UN peacekeeping domain.
 *
 * <p>Packages: {@code contributor} (Member States and international organisations), {@code
 * mission} (missions, Security Council resolutions, mandates), {@code personnel} (personnel counts
 * by gender, exact shares), {@code unit} (units and their make-up), {@code pledge} (pledges and
 * PCRS readiness), {@code target} (gender and readiness targets), {@code deployment} (deployment
 * records as the UN publishes them) and {@code source} (the documents requirements are traced to),
 * all under {@code io.github.peacekeeping.core}.
 *
 * <p>Every value checks its invariants when it is built (a negative headcount, more women than
 * personnel, an unknown ISO code cannot be built). Policy, such as whether a unit meets the
 * London 2016 requirements, is not checked here: the validation module reports it.
 */
module io.github.peacekeeping.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  // The shared Immutables style, for the library's other modules only.
  exports io.github.peacekeeping.core.internal to
      io.github.peacekeeping.validation,
      io.github.peacekeeping.serialization;

  exports io.github.peacekeeping.core;
  exports io.github.peacekeeping.core.contributor;
  exports io.github.peacekeeping.core.deployment;
  exports io.github.peacekeeping.core.mission;
  exports io.github.peacekeeping.core.personnel;
  exports io.github.peacekeeping.core.pledge;
  exports io.github.peacekeeping.core.source;
  exports io.github.peacekeeping.core.target;
  exports io.github.peacekeeping.core.unit;
}
