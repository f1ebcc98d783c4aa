package io.github.peacekeeping.examples;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.serialization.json.JsonReader;
import io.github.peacekeeping.serialization.json.PledgeRegistryDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Seoul 2021 pledge categories: how many Member States pledged in each, counted from pledge
 * records, next to the figures of the UN's press release.
 *
 * <p>What a newcomer learns here: that a pledge records its {@linkplain Pledge#conference()
 * conference} and its {@linkplain Pledge#categories() Seoul 2021 categories}, and that the press
 * release's figures are counts of distinct Member States, not of pledges: a state with two medical
 * pledges counts once under {@link PledgeCategory#MEDICAL}, a joint pledge counts each of its
 * Member States, a donation counts its donor only (the {@linkplain Pledge#contributors() pledging
 * parties}), and an international organisation is not a Member State. {@link #count(Iterable)} is
 * that counting logic, reusable on any registry.
 *
 * <p>The press release (data/sources/004_ef2f80a57a637d85.txt, UN press release of 8 December
 * 2021) gives counts only: it does not say which Member State pledged what, and the repository
 * bundles NO real per-state registry of the Seoul pledges. So this example does not reproduce the
 * press release's table from records: it prints the press release's figures, read from the text
 * with the line each comes from, next to the counts of a registry the user supplies as a
 * pledge-registry JSON document (see {@code docs/json-format.md}). Without one, it counts a tiny
 * ILLUSTRATIVE registry of made-up pledges, and says so.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am package -DskipTests
 * -DmainJob -Dexample=SeoulPledgeCategories}; to count your own registry, add {@code
 * -Dexec.args=/path/to/registry.json}, a pledge-registry JSON document.
 */
public final class SeoulPledgeCategories {

  /**
   * Distinct Member States counted among the pledges made at Seoul 2021.
   *
   * @param memberStates the Member States that made at least one pledge there, unmodifiable
   * @param byCategory for each Seoul 2021 category, the Member States with a pledge in it (every
   *     category present, possibly with zero), unmodifiable
   */
  record Counts(Set<MemberState> memberStates, Map<PledgeCategory, Set<MemberState>> byCategory) {

    /**
     * Returns the number of Member States with a pledge in a category.
     *
     * @param category the category
     * @return the number of distinct Member States
     */
    int count(PledgeCategory category) {
      return byCategory.get(category).size();
    }
  }

  /**
   * A figure of the press release with the line of the text it was read from.
   *
   * @param value the figure
   * @param line the line number in the text, from 1
   * @param text the line
   */
  record Figure(int value, int line, String text) {}

  /** The figure of the press release for all Member States that made new pledges. */
  static final String NEW_PLEDGES = "Member States with new pledges";

  // The wording of the press release, one pattern per figure. A figure is written in digits or
  // in words ("Seven Member States ...").
  private static final String NUMBER = "(\\d+|[A-Za-z]+(?:-[a-z]+)?)";
  private static final Map<String, Pattern> PATTERNS = Map.of(
      NEW_PLEDGES, Pattern.compile(NUMBER + " Member States announced new pledges"));
  private static final Map<PledgeCategory, Pattern> CATEGORY_PATTERNS = Map.of(
      PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES,
      Pattern.compile(NUMBER + " countries made commitments of new military and police"),
      PledgeCategory.TRAINING_AND_CAPACITY_BUILDING,
      Pattern.compile(NUMBER + " countries pledged to provide training opportunities"),
      PledgeCategory.MEDICAL,
      Pattern.compile(NUMBER + " Member States pledged support to strengthen the UN.s medical"),
      PledgeCategory.WOMEN_IN_PEACEKEEPING,
      Pattern.compile("while " + NUMBER + " cited their ongoing efforts to increase the number of"
          + " women peacekeepers"),
      PledgeCategory.ENVIRONMENTAL_FOOTPRINT,
      Pattern.compile(NUMBER + " Member States made specific pledges to reduce the environmental"
          + " footprint"));

  private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
  private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty",
      "sixty", "seventy", "eighty", "ninety");

  private SeoulPledgeCategories() {}

  /**
   * Counts the distinct Member States that pledged at {@link Conference#SEOUL_2021}, overall and
   * per Seoul 2021 category. Pledges made elsewhere or at no conference are ignored; so are
   * international organisations. A Member State counts once per category however many pledges it
   * made in it, and every pledging party of a joint pledge, rotation or triangular partnership
   * counts (the donor only, for a donation).
   *
   * @param registry the pledges, not null, without null elements
   * @return the counts, never null
   * @throws NullPointerException if the registry or an element is null
   */
  static Counts count(Iterable<Pledge> registry) {
    Set<MemberState> all = new TreeSet<>();
    Map<PledgeCategory, Set<MemberState>> byCategory = new EnumMap<>(PledgeCategory.class);
    for (PledgeCategory category : PledgeCategory.values()) {
      byCategory.put(category, new TreeSet<>());
    }
    for (Pledge pledge : Objects.requireNonNull(registry, "registry")) {
      Objects.requireNonNull(pledge, "registry: must not contain null");
      if (!pledge.conference().equals(Optional.of(Conference.SEOUL_2021))) {
        continue;
      }
      Set<MemberState> states = new HashSet<>();
      for (Contributor contributor : pledge.contributors()) {
        if (contributor instanceof MemberState state) {
          states.add(state);
        }
      }
      all.addAll(states);
      for (PledgeCategory category : pledge.categories()) {
        byCategory.get(category).addAll(states);
      }
    }
    Map<PledgeCategory, Set<MemberState>> frozen = new EnumMap<>(PledgeCategory.class);
    byCategory.forEach((category, states) ->
        frozen.put(category, Collections.unmodifiableSet(states)));
    return new Counts(Collections.unmodifiableSet(all), Collections.unmodifiableMap(frozen));
  }

  /**
   * Reads the press release's figures from its text: {@link #NEW_PLEDGES} and one per category it
   * gives a figure for ({@link PledgeCategory#TECHNOLOGY} has none).
   *
   * @param lines the press release, line by line
   * @return the figures by the key {@link #NEW_PLEDGES} or the category's name, in the text's order
   * @throws IllegalArgumentException if a figure is missing from the text
   */
  static Map<String, Figure> pressReleaseFigures(List<String> lines) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    figures.put(NEW_PLEDGES, find(lines, NEW_PLEDGES, PATTERNS.get(NEW_PLEDGES)));
    for (PledgeCategory category : PledgeCategory.values()) {
      Pattern pattern = CATEGORY_PATTERNS.get(category);
      if (pattern != null) {
        figures.put(category.name(), find(lines, category.name(), pattern));
      }
    }
    return figures;
  }

  private static Figure find(List<String> lines, String key, Pattern pattern) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = pattern.matcher(lines.get(i));
      if (matcher.find()) {
        return new Figure(number(matcher.group(1)), i + 1, lines.get(i).strip());
      }
    }
    throw new IllegalArgumentException(key + ": no figure found in the press release");
  }

  /**
   * Reads a number written in digits or in English words below one hundred ("Seven",
   * "Sixty-two").
   *
   * @param text the number
   * @return its value
   * @throws IllegalArgumentException if it is not such a number
   */
  static int number(String text) {
    if (text.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(text);
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("-");
    int value = -1;
    if (words.length == 1) {
      value = UNITS.indexOf(words[0]) >= 0 ? UNITS.indexOf(words[0]) : tens(words[0]);
    } else if (words.length == 2 && tens(words[0]) >= 20 && UNITS.indexOf(words[1]) > 0
        && UNITS.indexOf(words[1]) < 10) {
      value = tens(words[0]) + UNITS.indexOf(words[1]);
    }
    if (value < 0) {
      throw new IllegalArgumentException("text: not a number, was '" + text + "'");
    }
    return value;
  }

  private static int tens(String word) {
    int index = TENS.indexOf(word);
    return index >= 2 ? index * 10 : -1;
  }

  /**
   * Returns the tiny ILLUSTRATIVE registry counted when the user supplies none: made-up pledges of
   * three Member States, not the real Seoul pledges.
   */
  static List<Pledge> illustrativeRegistry() {
    MemberState korea = MemberState.fromName("Republic of Korea");
    MemberState ghana = MemberState.fromName("Ghana");
    MemberState norway = MemberState.fromName("Norway");
    return List.of(
        seoulPledge("ILLUSTRATIVE-1", korea, PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES,
            PledgeCategory.MEDICAL),
        seoulPledge("ILLUSTRATIVE-2", korea, PledgeCategory.TRAINING_AND_CAPACITY_BUILDING),
        seoulPledge("ILLUSTRATIVE-3", ghana, PledgeCategory.WOMEN_IN_PEACEKEEPING),
        seoulPledge("ILLUSTRATIVE-4", norway, PledgeCategory.ENVIRONMENTAL_FOOTPRINT,
            PledgeCategory.MEDICAL));
  }

  private static Pledge seoulPledge(
      String id, MemberState state, PledgeCategory... categories) {
    return Pledge.builder()
        .id(id)
        .contributor(state)
        .conference(Conference.SEOUL_2021)
        .pledgedOn(Conference.SEOUL_2021.lastDate())
        .addAllCategories(List.of(categories))
        .build();
  }

  /**
   * Prints the press release's figures next to the counts of a registry.
   *
   * @param pressRelease the press release's text, line by line
   * @param source where the text comes from, for the heading
   * @param registry the pledges to count
   * @param registryName what the registry is, for the heading
   * @param out where to print
   */
  static void run(List<String> pressRelease, String source, List<Pledge> registry,
      String registryName, PrintStream out) {
    Map<String, Figure> figures = pressReleaseFigures(pressRelease);
    Counts counts = count(registry);
    out.println("Seoul 2021: Member States per pledge category");
    out.println("No real per-state registry of the Seoul pledges is bundled: the press release"
        + " gives counts only,");
    out.println("so its figures are NOT reproduced from records. Counted here: " + registryName
        + ".");
    out.printf("%n  %-34s %13s %9s  %s%n", "", "press release", "counted", "line of " + source);
    Figure total = figures.get(NEW_PLEDGES);
    out.printf("  %-34s %13d %9d  %d%n", NEW_PLEDGES, total.value(),
        counts.memberStates().size(), total.line());
    for (PledgeCategory category : PledgeCategory.values()) {
      Figure figure = figures.get(category.name());
      out.printf("  %-34s %13s %9d  %s%n", category, figure == null ? "not given" : figure.value(),
          counts.count(category), figure == null ? "-" : String.valueOf(figure.line()));
    }
    out.printf("%nThe lines cited%n");
    figures.values().stream().map(Figure::line).distinct().sorted()
        .forEach(line -> out.printf("  %d: %s%n", line, pressRelease.get(line - 1).strip()));
  }

  /**
   * Runs the example.
   *
   * @param args optional: a pledge-registry JSON file to count; the illustrative registry if none
   */
  public static void main(String[] args) {
    Path text = BundledData.seoulPressRelease();
    List<String> lines;
    try {
      lines = Files.readAllLines(text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (args.length > 0) {
      Path file = Path.of(args[0]);
      List<Pledge> registry =
          JsonReader.create().read(file, PledgeRegistryDocument.class).value().pledges();
      run(lines, text.getFileName().toString(), registry, "your registry " + file, System.out);
    } else {
      run(lines, text.getFileName().toString(), illustrativeRegistry(),
          "a tiny ILLUSTRATIVE registry of made-up pledges (pass a pledge-registry JSON file to"
              + " count yours)", System.out);
    }
  }
}
