/**
 * Property-based testing generators of the peacekeeping values (QuickTheories {@code Gen}s): valid
 * values by default, fluent narrowing, and values that break exactly one chosen rule.
 */
module io.github.peacekeeping.testkit {
  requires transitive io.github.peacekeeping.core;
  requires transitive io.github.peacekeeping.validation;
  // QuickTheories 0.26 declares no module name; its jar's file name gives the automatic one.
  requires transitive quicktheories;
  // Read by javac and javadoc only: the Immutables style annotation on core's types.
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.peacekeeping.testkit;
}
