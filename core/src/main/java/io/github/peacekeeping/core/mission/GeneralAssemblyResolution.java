package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A resolution of the UN General Assembly numbered in the Assembly's first sequence, as in its
 * document symbol {@code A/RES/1000 (ES-I)}: a number, and in parentheses the session that adopted
 * it, a regular session in roman numerals ({@code XVII}) or an emergency special session ({@code
 * ES-I}).
 *
 * <p>The Assembly numbered its resolutions in one sequence until its thirtieth session (1975);
 * since 1976 its symbols name the session first ({@code A/RES/31/1}). Only the first form is
 * modelled: the two missions the Assembly established, UNEF I (1956) and UNSF (1962), carry it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract non-sealed class GeneralAssemblyResolution implements Resolution {

  // A regular session in roman numerals, or "ES-" and the emergency special session's numeral.
  private static final Pattern SESSION = Pattern.compile("(?:ES-)?[IVXL]+");

  private static final Pattern SYMBOL =
      Pattern.compile("A/RES/(\\d{1,5}) ?\\(((?:ES-)?[IVXL]+)\\)");

  GeneralAssemblyResolution() {}

  /**
   * Returns the resolution's number in the Assembly's first sequence.
   *
   * @return the number, from 1 to 99999
   */
  @Value.Parameter
  public abstract int number();

  /**
   * Returns the session that adopted the resolution, as its symbol writes it.
   *
   * @return the session, such as {@code "XVII"} or {@code "ES-I"}, never null
   */
  @Value.Parameter
  public abstract String session();

  /**
   * Returns the resolution with the given number, adopted at the given session.
   *
   * @param number the number, from 1 to 99999
   * @param session the session in roman numerals, such as {@code "XVII"}, or an emergency special
   *     session such as {@code "ES-I"}, not null
   * @return the resolution, never null
   * @throws NullPointerException if {@code session} is null
   * @throws IllegalArgumentException if {@code number} is out of range or {@code session} is not
   *     such a numeral
   */
  public static GeneralAssemblyResolution of(int number, String session) {
    return ImmutableGeneralAssemblyResolution.of(number, session);
  }

  /**
   * Reads a resolution from its document symbol, the inverse of {@link #toString()}. Surrounding
   * white space is ignored, and so is a missing space before the session.
   *
   * @param text the symbol, such as {@code "A/RES/1000 (ES-I)"}, not null
   * @return the resolution, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not such a symbol
   */
  public static GeneralAssemblyResolution parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = SYMBOL.matcher(text.toString().strip());
    if (!matcher.matches()) {
      throw InvalidAttributeException.of(
          "text", "not a General Assembly resolution symbol such as 'A/RES/1000 (ES-I)', was '"
              + text + "'");
    }
    return of(Integer.parseInt(matcher.group(1)), matcher.group(2));
  }

  @Value.Check
  void check() {
    if (number() < 1 || number() > 99_999) {
      throw InvalidAttributeException.of("number", "must be from 1 to 99999, was " + number());
    }
    if (!SESSION.matcher(session()).matches()) {
      throw InvalidAttributeException.of(
          "session", "must be roman numerals, optionally after 'ES-', was '" + session() + "'");
    }
  }

  /**
   * Returns the document symbol, such as {@code "A/RES/1000 (ES-I)"}; {@link
   * #parse(CharSequence)} reads it back.
   *
   * @return the symbol, never null
   */
  @Override
  public String toString() {
    return "A/RES/" + number() + " (" + session() + ")";
  }
}
