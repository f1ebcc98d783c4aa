package io.github.peacekeeping.core.pledge;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The high-level peacekeeping conferences at which pledges were made, in date order, from the
 * Leaders' Summit of September 2015 on.
 */
public enum Conference {
  /** The Leaders' Summit on Peacekeeping, New York, 28 September 2015. */
  NEW_YORK_2015("Leaders' Summit on Peacekeeping", "New York", 2015, Month.SEPTEMBER, 28, 28),
  /** The UN Peacekeeping Defence Ministerial, London, 8 September 2016. */
  LONDON_2016("UN Peacekeeping Defence Ministerial", "London", 2016, Month.SEPTEMBER, 8, 8),
  /** The UN Peacekeeping Defence Ministerial, Vancouver, 14–15 November 2017. */
  VANCOUVER_2017(
      "UN Peacekeeping Defence Ministerial", "Vancouver", 2017, Month.NOVEMBER, 14, 15),
  /** The UN Peacekeeping Ministerial, New York, 29 March 2019. */
  NEW_YORK_2019("UN Peacekeeping Ministerial", "New York", 2019, Month.MARCH, 29, 29),
  /** The Seoul UN Peacekeeping Ministerial, 7–8 December 2021 (held virtually). */
  SEOUL_2021("Seoul UN Peacekeeping Ministerial", "Seoul", 2021, Month.DECEMBER, 7, 8),
  /** The UN Peacekeeping Ministerial, Accra, 5–6 December 2023. */
  ACCRA_2023("UN Peacekeeping Ministerial", "Accra", 2023, Month.DECEMBER, 5, 6),
  /** The UN Peacekeeping Ministerial, Berlin, 13–14 May 2025. */
  BERLIN_2025("UN Peacekeeping Ministerial", "Berlin", 2025, Month.MAY, 13, 14);

  private final String title;
  private final String city;
  private final LocalDate date;
  private final LocalDate lastDate;

  Conference(String title, String city, int year, Month month, int firstDay, int lastDay) {
    this.title = title;
    this.city = city;
    this.date = LocalDate.of(year, month, firstDay);
    this.lastDate = LocalDate.of(year, month, lastDay);
  }

  /**
   * Returns the first day of the conference.
   *
   * @return the first day, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the last day of the conference, the same as {@link #date()} for a one-day conference.
   *
   * @return the last day, never null
   */
  public LocalDate lastDate() {
    return lastDate;
  }

  /**
   * Returns the city the conference was held in, or hosted from.
   *
   * @return the city in English, never null
   */
  public String city() {
    return city;
  }

  /**
   * Returns the conference's title.
   *
   * @return the title, such as {@code "UN Peacekeeping Defence Ministerial"}, never null
   */
  public String title() {
    return title;
  }

  /**
   * Tells whether this conference is the given one or a later one.
   *
   * @param other the conference to compare with, not null
   * @return true if this conference is {@code other} or took place after it
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isOnOrAfter(Conference other) {
    return compareTo(Objects.requireNonNull(other, "other")) >= 0;
  }
}
