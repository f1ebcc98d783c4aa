package io.github.peacekeeping.core.contributor;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises names for look-up: the one place that decides which spellings are the same. */
final class Names {

  private Names() {}

  /**
   * Folds case and diacritics, turns punctuation into spaces, collapses white space and drops a
   * leading "the": "the Côte d’Ivoire" and "Cote d Ivoire" become "cote d ivoire".
   */
  static String normalise(CharSequence name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        folded.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        folded.append(' ');
        space = true;
      }
    }
    String result = folded.toString().strip().toLowerCase(Locale.ROOT);
    return result.startsWith("the ") ? result.substring(4) : result;
  }
}
