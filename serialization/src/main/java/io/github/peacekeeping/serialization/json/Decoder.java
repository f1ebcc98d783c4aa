package io.github.peacekeeping.serialization.json;

import tools.jackson.databind.JsonNode;

/**
 * Decodes one JSON value into a core value. Returns null exactly when it has reported at least one
 * problem, so callers never report a second, consequential problem for the same value.
 */
@FunctionalInterface
interface Decoder<T> {

  T decode(JsonNode node, Pointer pointer, Problems problems);
}
