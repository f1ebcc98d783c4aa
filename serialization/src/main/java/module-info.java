/**
 * Validated data exchange for the peacekeeping values: JSON with Jackson 3 (a Jackson module, a
 * hardened mapper, reading that returns only valid values, exchange envelopes, streaming) and
 * import of the UN's contribution statistics from CSV.
 */
module io.github.peacekeeping.serialization {
  requires transitive io.github.peacekeeping.core;
  requires transitive io.github.peacekeeping.validation;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.peacekeeping.serialization.csv;
  exports io.github.peacekeeping.serialization.json;
  exports io.github.peacekeeping.serialization.problem;

  provides tools.jackson.databind.JacksonModule with
      io.github.peacekeeping.serialization.json.PeacekeepingModule;
}
