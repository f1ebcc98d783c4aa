package io.github.peacekeeping.core.mission;

import java.util.Objects;

/**
 * A resolution of a principal organ of the UN that can establish a field mission: the Security
 * Council, which established all but two of the peacekeeping operations since 1948, or the General
 * Assembly, which established the First United Nations Emergency Force (UNEF I, 1956) and the
 * United Nations Security Force in West New Guinea (UNSF, 1962).
 *
 * <p>A resolution is identified by its document symbol, which {@link #toString()} returns and
 * {@link #parse(CharSequence)} reads back.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Resolution permits SecurityCouncilResolution, GeneralAssemblyResolution {

  /**
   * Reads a resolution from its document symbol: a Security Council symbol such as {@code
   * "S/RES/2242 (2015)"} (see {@link SecurityCouncilResolution#parse(CharSequence)}) or a General
   * Assembly symbol such as {@code "A/RES/1000 (ES-I)"} (see {@link
   * GeneralAssemblyResolution#parse(CharSequence)}). Surrounding white space is ignored.
   *
   * @param text the symbol, not null
   * @return the resolution, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is neither such symbol
   */
  static Resolution parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String symbol = text.toString().strip();
    if (symbol.startsWith("A/")) {
      return GeneralAssemblyResolution.parse(symbol);
    }
    return SecurityCouncilResolution.parse(symbol);
  }

  /**
   * Returns the resolution's document symbol.
   *
   * @return the symbol, such as {@code "S/RES/2242 (2015)"} or {@code "A/RES/1000 (ES-I)"}, never
   *     null
   */
  @Override
  String toString();
}
