package io.github.peacekeeping.serialization.csv;

import java.util.List;

/**
 * The layouts of the UN's contribution statistics that {@link UnStatisticsImporter} reads.
 *
 * <p>Column names are matched ignoring case and surrounding white space, and columns may come in
 * any order.
 */
public enum UnLayout {
  /**
   * One row per contributor, mission and month, with the personnel of every category side by side:
   * the monthly "contributions by gender" reports as compiled by the International Peace
   * Institute. Columns: an unnamed row number (optional), {@code Date} (ISO), {@code Contributor},
   * {@code Contributor ISO-3}, {@code Mission}, then {@code Male}, {@code Female} and {@code Total}
   * for each of {@code Individual Police}, {@code Formed Police Units}, {@code Experts on Mission},
   * {@code Troops} and {@code Total}.
   */
  WIDE(List.of(
      "Date", "Contributor", "Contributor ISO-3", "Mission",
      "Individual Police Male", "Individual Police Female", "Individual Police Total",
      "Formed Police Units Male", "Formed Police Units Female", "Formed Police Units Total",
      "Experts on Mission Male", "Experts on Mission Female", "Experts on Mission Total",
      "Troops Male", "Troops Female", "Troops Total",
      "Total Male", "Total Female", "Total Total")),

  /**
   * One row per contributor, mission and personnel type: the UN's open data ({@code
   * Contributing_Country, ISOCode3, Mission_Acronym, Personnel_Type, Female_Personnel,
   * Male_Personnel, Last_Reporting_Date}, dates as dd/mm/yyyy) and the Peace and Security Data
   * Hub's variant of it (the same names in lower case, dates as dd/mm/yyyy or ISO).
   */
  LONG(List.of(
      "Contributing_Country", "ISOCode3", "Mission_Acronym", "Personnel_Type",
      "Female_Personnel", "Male_Personnel", "Last_Reporting_Date"));

  private final List<String> requiredColumns;

  UnLayout(List<String> requiredColumns) {
    this.requiredColumns = requiredColumns;
  }

  /**
   * Returns the names of the columns a file of this layout must have, as the UN spells them.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> requiredColumns() {
    return requiredColumns;
  }
}
