/**
 * What the whole model shares: {@link io.github.peacekeeping.core.InvalidAttributeException}, the
 * exception every value type throws when an attribute breaks one of its invariants, carrying the
 * attribute that failed as data.
 */
package io.github.peacekeeping.core;
