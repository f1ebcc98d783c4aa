package io.github.peacekeeping.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PathsTest {

  /** The grammar of a segment as first written, which the hand-written matcher must follow. */
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

  @Test
  void name_end_matches_the_segment_grammar() {
    List<String> parts = new ArrayList<>(List.of("units", "units[0]", "units[12]", "a1", "1a", "",
        "units[]", "units[x]", "units[0", "units0]", "units[0]x", "units[0][1]", "[0]", "é", "a_b",
        "roles[NATIONAL_INVESTIGATION_OFFICER]", "units[٣]"));
    SplittableRandom random = new SplittableRandom(20261123);
    String alphabet = "aZ09[]_.é";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder part = new StringBuilder();
      for (int i = random.nextInt(0, 7); i > 0; i--) {
        part.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      parts.add(part.toString());
    }
    for (String part : parts) {
      Matcher m = SEGMENT.matcher(part);
      int expected = !m.matches() ? -1 : m.end(1);
      assertThat(Paths.nameEnd(part)).as(part).isEqualTo(expected);
    }
  }
}
