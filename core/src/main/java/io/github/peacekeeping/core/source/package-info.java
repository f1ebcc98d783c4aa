/**
 * The documents the library's requirements are traced to, and citations of them.
 *
 * <p>{@link io.github.peacekeeping.core.source.SourceDocument} names each document by the stable
 * code the rule IDs start with ({@code LDN16}, {@code IPI21}, …); a {@link
 * io.github.peacekeeping.core.source.Citation} pairs a document with the passage quoted from it.
 */
package io.github.peacekeeping.core.source;
