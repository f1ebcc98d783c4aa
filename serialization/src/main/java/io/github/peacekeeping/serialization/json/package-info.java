/**
 * JSON data exchange of the core values with Jackson 3: a Jackson module, a hardened mapper, a
 * reader that returns only valid values or throws one typed exception listing every problem with
 * its JSON Pointer, exchange envelopes with a schema version, and streaming validation of large
 * arrays.
 */
package io.github.peacekeeping.serialization.json;
