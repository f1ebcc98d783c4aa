package io.github.peacekeeping.core.target;

import static io.github.peacekeeping.core.personnel.PersonnelCategory.CONTINGENT_TROOPS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.FORMED_POLICE_UNITS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.INDIVIDUAL_POLICE;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.MILITARY_OBSERVERS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.STAFF_OFFICERS;

import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.core.source.SourceDocument;
import java.time.LocalDate;
import java.util.List;

/**
 * The gender and readiness targets of the London communiqué (2016) and the Uniformed Gender Parity
 * Strategy 2018–2028, with the IDs of the rules that assess them.
 *
 * <p>The citations of the London targets ({@link SourceDocument#LDN16}) quote the communiqué
 * verbatim. The four Uniformed Gender Parity Strategy end-point targets ({@link
 * SourceDocument#UGPS28}) are cited by a short factual restatement of the figure, not a verbatim
 * quote of the strategy.
 *
 * <p>This class is not instantiable; its constants are immutable and thread-safe.
 */
public final class Targets {

  private static final String LDN16_READINESS_QUOTE =
      "We call on the Secretariat and the troop- and police-contributing countries to ensure that"
          + " at least 12,000 troops and police are at Level 3 of the PCRS by the end of 2016 and"
          + " that 4,000 of those are pledged at the Rapid Deployment Level.";

  private static final LocalDate END_OF_2016 = LocalDate.of(2016, 12, 31);

  private static final LocalDate END_OF_2028 = LocalDate.of(2028, 12, 31);

  private static final String UGPS28_ID = "UGPS28-TARGETS";

  /**
   * At least 12,000 troops and police pledged at PCRS Level 3 or above (the Rapid Deployment Level
   * included) by 31 December 2016. Rule {@code LDN16-LEVEL3-12000}.
   */
  public static final ReadinessTarget LDN16_LEVEL3_12000 =
      ReadinessTarget.builder()
          .id("LDN16-LEVEL3-12000")
          .minimumLevel(ReadinessLevel.LEVEL_3)
          .minimumPersonnel(12_000)
          .deadline(END_OF_2016)
          .citation(Citation.of(SourceDocument.LDN16, LDN16_READINESS_QUOTE))
          .description(
              "At least 12,000 troops and police are pledged at PCRS Level 3 or above by the end"
                  + " of 2016.")
          .build();

  /**
   * Of those, at least 4,000 pledged at the Rapid Deployment Level by 31 December 2016. Rule
   * {@code LDN16-RDL-4000}.
   */
  public static final ReadinessTarget LDN16_RDL_4000 =
      ReadinessTarget.builder()
          .id("LDN16-RDL-4000")
          .minimumLevel(ReadinessLevel.RAPID_DEPLOYMENT)
          .minimumPersonnel(4_000)
          .deadline(END_OF_2016)
          .citation(Citation.of(SourceDocument.LDN16, LDN16_READINESS_QUOTE))
          .description(
              "At least 4,000 troops and police are pledged at the Rapid Deployment Level by the"
                  + " end of 2016.")
          .build();

  /**
   * Women are at least 20% of police, individual police and formed police units together, by 31
   * December 2014: the communiqué restates the target of the 2009 Global Effort, whose deadline was
   * the end of 2014, so the target was already due. Rule {@code LDN16-WOMEN-POLICE-20}.
   */
  public static final ShareTarget LDN16_WOMEN_POLICE_20 =
      ShareTarget.builder()
          .id("LDN16-WOMEN-POLICE-20")
          .minimumShare(Share.ofPercent(20))
          .addAllCategories(List.of(FORMED_POLICE_UNITS, INDIVIDUAL_POLICE))
          .deadline(LocalDate.of(2014, 12, 31))
          .citation(
              Citation.of(
                  SourceDocument.LDN16,
                  "We call on all Member States to increase the number of women as individual"
                      + " police officers as part of specialised teams and formed police units,"
                      + " as well as in leadership positions and professional posts to reach the"
                      + " target of 20 percent launched through the Global Effort initiative in"
                      + " 2009."))
          .description(
              "Women are at least 20% of police, individual police and formed police units"
                  + " together, by the end of 2014 (the 2009 Global Effort's deadline).")
          .build();

  /**
   * Women are at least 15% of staff officers and military observers by 31 December 2017. Rule
   * {@code LDN16-WOMEN-SO-MO-15}.
   */
  public static final ShareTarget LDN16_WOMEN_SO_MO_15 =
      ShareTarget.builder()
          .id("LDN16-WOMEN-SO-MO-15")
          .minimumShare(Share.ofPercent(15))
          .addAllCategories(List.of(STAFF_OFFICERS, MILITARY_OBSERVERS))
          .deadline(LocalDate.of(2017, 12, 31))
          .citation(
              Citation.of(
                  SourceDocument.LDN16,
                  "We further call on all Member States to develop and implement National Action"
                      + " Plans on Women, Peace, and Security, and to increase the number of women"
                      + " officers serving in missions as Staff Officers and Military Observers,"
                      + " and attending UN Staff Office and Military Observer Training Courses. We"
                      + " aim for 15% of such roles being filled by women by December 2017."))
          .description(
              "Women are at least 15% of staff officers and military observers by the end of"
                  + " 2017.")
          .build();

  /**
   * Women in military and police contingents by 31 December 2020 are at least twice a baseline
   * count the caller supplies. The communiqué asks for this and recalls Security Council
   * resolution 2242's request for the same. Rule {@code LDN16-DOUBLE-WOMEN-2020}.
   */
  public static final GrowthTarget LDN16_DOUBLE_WOMEN_2020 =
      GrowthTarget.builder()
          .id("LDN16-DOUBLE-WOMEN-2020")
          .factor(2)
          .addAllCategories(List.of(CONTINGENT_TROOPS, FORMED_POLICE_UNITS))
          .deadline(LocalDate.of(2020, 12, 31))
          .citation(
              Citation.of(
                  SourceDocument.LDN16,
                  "We urge the Secretary General to prioritise the appointment of more women in"
                      + " senior UN leadership positions and to double the numbers of women in"
                      + " military and police contingents of UN peacekeeping operations by"
                      + " 2020."))
          .description(
              "The number of women in military and police contingents at least doubles by the end"
                  + " of 2020, as resolution 2242 (2015) also requests.")
          .build();

  /**
   * Women are at least 15% of military contingents by the end of 2028. Rule {@code UGPS28-TARGETS}.
   */
  public static final ShareTarget UGPS28_MILITARY_CONTINGENTS =
      ugps28(15, List.of(CONTINGENT_TROOPS), "military contingents");

  /**
   * Women are at least 25% of staff officers and military observers by the end of 2028. Rule
   * {@code UGPS28-TARGETS}.
   */
  public static final ShareTarget UGPS28_STAFF_OFFICERS_AND_OBSERVERS =
      ugps28(
          25,
          List.of(STAFF_OFFICERS, MILITARY_OBSERVERS),
          "military staff officers and military observers");

  /**
   * Women are at least 20% of formed police units by the end of 2028. Rule {@code UGPS28-TARGETS}.
   */
  public static final ShareTarget UGPS28_FORMED_POLICE_UNITS =
      ugps28(20, List.of(FORMED_POLICE_UNITS), "formed police units");

  /**
   * Women are at least 30% of individual police by the end of 2028. Rule {@code UGPS28-TARGETS}.
   */
  public static final ShareTarget UGPS28_INDIVIDUAL_POLICE =
      ugps28(30, List.of(INDIVIDUAL_POLICE), "individual police officers");

  private static final List<GenderTarget> GENDER_TARGETS =
      List.of(
          LDN16_WOMEN_POLICE_20,
          LDN16_WOMEN_SO_MO_15,
          LDN16_DOUBLE_WOMEN_2020,
          UGPS28_MILITARY_CONTINGENTS,
          UGPS28_STAFF_OFFICERS_AND_OBSERVERS,
          UGPS28_FORMED_POLICE_UNITS,
          UGPS28_INDIVIDUAL_POLICE);

  private static final List<ReadinessTarget> READINESS_TARGETS =
      List.of(LDN16_LEVEL3_12000, LDN16_RDL_4000);

  private Targets() {}

  /**
   * Returns every gender target of this class, the London ones first.
   *
   * @return the targets, unmodifiable, never null
   */
  public static List<GenderTarget> genderTargets() {
    return GENDER_TARGETS;
  }

  /**
   * Returns every readiness target of this class.
   *
   * @return the targets, unmodifiable, never null
   */
  public static List<ReadinessTarget> readinessTargets() {
    return READINESS_TARGETS;
  }

  private static ShareTarget ugps28(
      int percent, List<PersonnelCategory> categories, String personnel) {
    // A restatement of the strategy's end-point figure, not a verbatim quote: see the class Javadoc.
    String restatement =
        "End-point target for 2028: women are " + percent + "% of " + personnel + ".";
    return ShareTarget.builder()
        .id(UGPS28_ID)
        .minimumShare(Share.ofPercent(percent))
        .addAllCategories(categories)
        .deadline(END_OF_2028)
        .citation(Citation.of(SourceDocument.UGPS28, restatement))
        .description("Women are at least " + percent + "% of " + personnel + " by the end of 2028.")
        .build();
  }
}
