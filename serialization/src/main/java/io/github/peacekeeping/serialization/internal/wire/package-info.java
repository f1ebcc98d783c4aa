/**
 * The wire model of the JSON exchange format (docs/json-format.md): one record per JSON object
 * shape, with the property order, required properties and descriptions of the format. Not API:
 * the package is not exported; it is opened to Jackson for serialization and read at build time by
 * the JSON Schema generator, so the shipped schema and the written JSON come from the same records.
 *
 * <p>Optional values are nullable components, omitted when null ({@code NON_ABSENT}); codes of
 * closed vocabularies are the core enums (written as their constant names); catalogue codes
 * (contributors, missions, resolutions) are strings.
 */
package io.github.peacekeeping.serialization.internal.wire;
