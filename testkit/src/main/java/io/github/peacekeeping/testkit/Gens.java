package io.github.peacekeeping.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Building blocks shared by the generators.
 *
 * <p>Every random choice goes through a QuickTheories primitive ({@code integers().between},
 * {@code Generate.longRange}, {@code Generate.pick}), drawn from the {@link RandomnessSource} the
 * runner passes in. QuickTheories shrinks by shrinking those draws, so a generator written as a
 * sequence of such draws (what {@code flatMap} does) shrinks like one written with {@code
 * flatMap}, and no draw is ever rejected.
 */
final class Gens {

  private Gens() {}

  static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static long between(RandomnessSource in, long min, long max) {
    return Generate.longRange(min, max).generate(in);
  }

  static boolean chance(RandomnessSource in, int oneIn) {
    // Shrinks towards 0, that is towards "true": the simpler value is the one with the option.
    return between(in, 0, oneIn - 1) == 0;
  }

  /**
   * True one time in {@code oneIn}, for an optional attribute: shrinks towards false, that is
   * towards the attribute's absence.
   */
  static boolean oneIn(RandomnessSource in, int oneIn) {
    return between(in, 0, oneIn - 1) == oneIn - 1;
  }

  static <T> T pick(RandomnessSource in, List<T> values) {
    return Generate.pick(values).generate(in);
  }

  static LocalDate date(RandomnessSource in, LocalDate from, LocalDate to) {
    return LocalDate.ofEpochDay(between(in, from.toEpochDay(), to.toEpochDay()));
  }

  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: must not be before from " + from + ", was " + to);
    }
    return Generate.longRange(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Picks an element of {@code values} other than {@code excluded}, without rejection. */
  static <T> T pickOther(RandomnessSource in, List<T> values, Object excluded) {
    int skip = values.indexOf(excluded);
    int bound = skip < 0 ? values.size() - 1 : values.size() - 2;
    int index = between(in, 0, bound);
    return values.get(skip >= 0 && index >= skip ? index + 1 : index);
  }

  /**
   * Up to {@code most} distinct days from {@code from} to {@code to}, in increasing order (none if
   * {@code to} is before {@code from}). Shrinks towards no day at all.
   */
  static List<LocalDate> increasingDates(
      RandomnessSource in, LocalDate from, LocalDate to, int most) {
    List<LocalDate> days = new ArrayList<>();
    if (to.isBefore(from)) {
      return days;
    }
    long span = to.toEpochDay() - from.toEpochDay() + 1;
    int count = (int) Math.min(between(in, 0, most), span);
    LocalDate previous = from.minusDays(1);
    for (int i = 1; i <= count; i++) {
      previous = nextDay(in, previous, to, count - i);
      days.add(previous);
    }
    return days;
  }

  /**
   * A day after {@code previous} and no later than {@code last}, leaving room for {@code
   * remaining} more days after it; the caller makes sure there is room.
   */
  static LocalDate nextDay(RandomnessSource in, LocalDate previous, LocalDate last, int remaining) {
    long room = last.toEpochDay() - previous.toEpochDay() - remaining;
    return previous.plusDays(between(in, 1L, Math.max(1L, room)));
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static <T> List<T> listOf(RandomnessSource in, Gen<T> elements, int min, int max) {
    int size = between(in, min, max);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(elements.generate(in));
    }
    return list;
  }

  /** The fewest women that make {@code percent} per cent of {@code total}, rounded up. */
  static long minimumWomen(long total, int percent) {
    return (total * percent + 99) / 100;
  }

  /**
   * A count of {@code total} people with at least {@code minimumWomen} women and at most the
   * larger of that and {@code maximumPercent} per cent of the total.
   */
  static PersonnelCount count(
      RandomnessSource in, long total, long minimumWomen, int maximumPercent) {
    long most = Math.min(total, Math.max(minimumWomen, total * maximumPercent / 100));
    long women = between(in, Math.min(minimumWomen, total), most);
    return PersonnelCount.of(women, total - women);
  }
}
