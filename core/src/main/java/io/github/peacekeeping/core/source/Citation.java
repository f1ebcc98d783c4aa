package io.github.peacekeeping.core.source;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import org.immutables.value.Value;

/**
 * A passage quoted from a source document: where a requirement comes from.
 *
 * <p>The quote is never blank. Its text is kept as given (typographic quotes, ellipses and all),
 * so that it can be checked against the document.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Citation {

  Citation() {}

  /**
   * Returns the document quoted.
   *
   * @return the document, never null
   */
  @Value.Parameter
  public abstract SourceDocument document();

  /**
   * Returns the passage quoted, without surrounding quotation marks.
   *
   * @return the quote, never null or blank
   */
  @Value.Parameter
  public abstract String quote();

  /**
   * Returns a citation of a passage of a document.
   *
   * @param document the document quoted, not null
   * @param quote the passage, not null or blank
   * @return the citation, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code quote} is blank
   */
  public static Citation of(SourceDocument document, String quote) {
    return ImmutableCitation.of(document, quote);
  }

  @Value.Check
  void check() {
    if (quote().isBlank()) {
      throw InvalidAttributeException.of("quote", "must not be blank");
    }
  }

  /**
   * Returns the citation as {@code CODE: "quote"}.
   *
   * @return the citation as text, never null
   */
  @Override
  public String toString() {
    return document().code() + ": \u201c" + quote() + "\u201d";
  }
}
