package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.core.source.SourceDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule catalogue: every rule this library checks, with its stable ID, severity, source,
 * citation and description.
 *
 * <p>The IDs are the ones of the project's requirements catalogue, verbatim, and a public contract:
 * they are also available as constants here ({@link #LDN16_NIO} and so on). Quotes from the
 * London communiqué (LDN16), the Seoul 2021 preparatory report (IPI21), the Chiefs of Defence
 * report (CHOD17) and the Seoul 2021 press release (SEO21) are verbatim; for documents outside
 * those texts (PCRS19, UGPS28, UNSC) the citation restates the requirement and says so.
 *
 * <p>This class is thread-safe; its catalogue is immutable.
 */
public final class Rules {

  /** A capability pledge is registered in the PCRS: it carries a readiness level. */
  public static final String LDN16_PCRS_REGISTERED = "LDN16-PCRS-REGISTERED";
  /** A pledge or unit offered for rapid deployment states a window of 30, 60 or 90 days. */
  public static final String LDN16_RAPID_DEPLOYMENT_WINDOW = "LDN16-RAPID-DEPLOYMENT-WINDOW";
  /** A pledge at the Rapid Deployment Level commits to deploy within 60 days of a UN request. */
  public static final String PCRS19_RDL_WINDOW = "PCRS19-RDL-WINDOW";
  /** The readiness level claimed is backed by its evidence: Level 2 and above have an Assessment and Advisory Visit date, Level 3 and above name the Statement of Unit Requirements they are aligned with; the Rapid Deployment Level has both. */
  public static final String PCRS19_LEVEL_EVIDENCE = "PCRS19-LEVEL-EVIDENCE";
  /** A capability pledge registered in the PCRS (not a training-only, equipment-only or donation pledge) older than 12 months has been reconfirmed within the 6 months before the evaluation date. */
  public static final String PCRS19_PLEDGE_CURRENCY = "PCRS19-PLEDGE-CURRENCY";
  /** When the caller supplies the identified capability gaps, a capability pledge meets at least one of them. */
  public static final String LDN16_CAPABILITY_GAP = "LDN16-CAPABILITY-GAP";
  /** No caveat on a pledge or unit is undeclared; declared caveats are reported at INFO. */
  public static final String IPI21_CAVEATS_DECLARED = "IPI21-CAVEATS-DECLARED";
  /** A joint pledge or rotational arrangement names at least two contributors; a rotation's periods do not overlap; a triangular partnership names a provider distinct from the contributor; a donation names a recipient. */
  public static final String IPI21_ARRANGEMENT_PARTIES = "IPI21-ARRANGEMENT-PARTIES";
  /** A pledge made at the Seoul 2021 ministerial or later carries at least one of the Seoul 2021 pledge categories. */
  public static final String SEO21_PLEDGE_CATEGORY = "SEO21-PLEDGE-CATEGORY";
  /** Every military unit deployed (or ready to deploy) to a field mission includes at least one National Investigation Officer. */
  public static final String LDN16_NIO = "LDN16-NIO";
  /** Every self-sustaining formed unit, military or police, includes a gender adviser. */
  public static final String LDN16_GENDER_ADVISER_UNIT = "LDN16-GENDER-ADVISER-UNIT";
  /** A formed police unit has at least one platoon made up of women officers. */
  public static final String LDN16_FPU_WOMEN_PLATOON = "LDN16-FPU-WOMEN-PLATOON";
  /** A mixed engagement team includes at least two women officers. */
  public static final String LDN16_MIXED_ENGAGEMENT_TEAM = "LDN16-MIXED-ENGAGEMENT-TEAM";
  /** Before deployment, personnel have completed pre-deployment training to UN minimum standards that covers the prevention of conflict-related sexual violence and of sexual exploitation and abuse. */
  public static final String LDN16_PREDEPLOYMENT_TRAINING = "LDN16-PREDEPLOYMENT-TRAINING";
  /** Pre-deployment training is gender-sensitive. */
  public static final String LDN16_GENDER_SENSITIVE_TRAINING = "LDN16-GENDER-SENSITIVE-TRAINING";
  /** Personnel are vetted before deployment. */
  public static final String LDN16_VETTING = "LDN16-VETTING";
  /** A deployed unit, medical facilities above all, has deployed with its required equipment at standard. */
  public static final String CHOD17_EQUIPMENT_STANDARD = "CHOD17-EQUIPMENT-STANDARD";
  /** A helicopter unit offered to a mission has night-flying capacity. */
  public static final String LDN16_NIGHT_FLYING = "LDN16-NIGHT-FLYING";
  /** Every mandated task has a priority or a phase, and the mandate period is well formed. */
  public static final String LDN16_MANDATE_SEQUENCED = "LDN16-MANDATE-SEQUENCED";
  /** A mission whose mandate includes the protection of civilians has the POC capabilities (community liaison assistants, language assistants, POC advisers, gender advisers, joint protection teams, situational awareness, joint operations centre, joint mission analysis centre, integrated planning unit); the finding lists the missing ones. */
  public static final String IPI21_POC_CAPABILITIES = "IPI21-POC-CAPABILITIES";
  /** A field mission headquarters has a military gender adviser where the mission has a military component, and a police gender adviser where it has a police component (as its mandate's ceilings or its deployments show). */
  public static final String LDN16_MISSION_GENDER_ADVISERS = "LDN16-MISSION-GENDER-ADVISERS";
  /** Uniformed personnel deployed to a mission, per category, do not exceed the ceilings, and the sub-ceilings within them, that the mandate in force on the date authorises. */
  public static final String UNSC_AUTHORISED_CEILING = "UNSC-AUTHORISED-CEILING";
  /** A unit is deployed, and a deployment record counts personnel, only in a mission that operates on that date: from its start to the day its withdrawal was completed. */
  public static final String UNSC_MISSION_ACTIVE = "UNSC-MISSION-ACTIVE";
  /** At least 12,000 troops and police are pledged at PCRS Level 3 or above (the Rapid Deployment Level included) by 31 December 2016. */
  public static final String LDN16_LEVEL3_12000 = "LDN16-LEVEL3-12000";
  /** Of those, at least 4,000 are pledged at the Rapid Deployment Level by 31 December 2016. */
  public static final String LDN16_RDL_4000 = "LDN16-RDL-4000";
  /** Women are at least 20% of police (individual police and formed police units) by 31 December 2014, the deadline of the 2009 Global Effort that the London communiqué restates. */
  public static final String LDN16_WOMEN_POLICE_20 = "LDN16-WOMEN-POLICE-20";
  /** Women are at least 15% of staff officers and military observers by 31 December 2017. */
  public static final String LDN16_WOMEN_SO_MO_15 = "LDN16-WOMEN-SO-MO-15";
  /** Women in military and police contingents number at least twice a baseline the caller supplies by 31 December 2020. */
  public static final String LDN16_DOUBLE_WOMEN_2020 = "LDN16-DOUBLE-WOMEN-2020";
  /** By 2028 women are 15% of military contingents, 25% of staff officers and military observers, 20% of formed police units and 30% of individual police; interim yearly targets can be supplied as data. */
  public static final String UGPS28_TARGETS = "UGPS28-TARGETS";
  /** The Member State has a National Action Plan on Women, Peace and Security. */
  public static final String LDN16_WPS_NAP = "LDN16-WPS-NAP";
  /** The Member State has told the UN which military roles are open to servicewomen, with a male/female breakdown of officers by rank. */
  public static final String LDN16_ROLES_OPEN_TO_WOMEN = "LDN16-ROLES-OPEN-TO-WOMEN";

  private static final Map<String, Rule> BY_ID = catalogue();

  private Rules() {}

  /**
   * Returns every rule, in the order of the requirements catalogue.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Rule> all() {
    return List.copyOf(BY_ID.values());
  }

  /**
   * Looks up a rule by ID.
   *
   * @param id the rule ID, such as {@code "LDN16-NIO"}, not null
   * @return the rule, or empty if no rule has that ID; never null
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<Rule> find(String id) {
    return Optional.ofNullable(BY_ID.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the rule with an ID.
   *
   * @param id the rule ID, such as {@code "LDN16-NIO"}, not null
   * @return the rule, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no rule has that ID
   */
  public static Rule get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(
        "id: no rule has the ID '" + id + "'" + closest(id).map(c -> "; did you mean " + c + "?")
            .orElse("")));
  }

  /**
   * The known ID closest to a misspelt one, by edit distance ignoring case, if it is within a
   * third of the ID's length (so that "LDN16-NI0" suggests "LDN16-NIO" and "XYZ" nothing).
   */
  private static Optional<String> closest(String id) {
    String wanted = id.toUpperCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : BY_ID.keySet()) {
      int distance = editDistance(wanted, known);
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(1, best.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Returns the rules of one rule set.
   *
   * @param source the source document of the rule set, not null
   * @return an unmodifiable list, possibly empty, never null
   * @throws NullPointerException if {@code source} is null
   */
  public static List<Rule> ofRuleSet(SourceDocument source) {
    Objects.requireNonNull(source, "source");
    return BY_ID.values().stream().filter(r -> r.source() == source).toList();
  }

  private static Map<String, Rule> catalogue() {
    List<Rule> rules = List.of(
        rule(LDN16_PCRS_REGISTERED, Severity.ERROR, SourceDocument.LDN16, RuleSubject.PLEDGE,
            "A capability pledge is registered in the PCRS: it carries a readiness level.",
            "encourage all Member States to ensure that their pledges are ready and available for use by registering them through the new Peacekeeping Capability Readiness System"),
        rule(LDN16_RAPID_DEPLOYMENT_WINDOW, Severity.ERROR, SourceDocument.LDN16, RuleSubject.PLEDGE,
            "A pledge or unit offered for rapid deployment states a window of 30, 60 or 90 days.",
            "encourage others to come forward with similar units that are deployable within 30, 60 or 90 days"),
        rule(PCRS19_RDL_WINDOW, Severity.ERROR, SourceDocument.PCRS19, RuleSubject.PLEDGE,
            "A pledge at the Rapid Deployment Level commits to deploy within 60 days of a UN request.",
            "Rapid Deployment Level: units ready to deploy within 60 days of a request by the United Nations (restated from the PCRS guidelines)"),
        rule(PCRS19_LEVEL_EVIDENCE, Severity.ERROR, SourceDocument.PCRS19, RuleSubject.PLEDGE,
            "The readiness level claimed is backed by its evidence: Level 2 and above have an Assessment and Advisory Visit date, Level 3 and above name the Statement of Unit Requirements they are aligned with; the Rapid Deployment Level has both.",
            "Level 2 follows a successful Assessment and Advisory Visit; Level 3 requires personnel and equipment aligned with a Statement of Unit Requirements (restated from the PCRS guidelines)"),
        rule(PCRS19_PLEDGE_CURRENCY, Severity.WARNING, SourceDocument.PCRS19, RuleSubject.PLEDGE,
            "A capability pledge registered in the PCRS (not a training-only, equipment-only or donation pledge) older than 12 months has been reconfirmed within the 6 months before the evaluation date.",
            "Pledges are to be kept current: Member States reconfirm their pledges in the PCRS periodically (restated from the PCRS guidelines)"),
        rule(LDN16_CAPABILITY_GAP, Severity.WARNING, SourceDocument.LDN16, RuleSubject.PLEDGE,
            "When the caller supplies the identified capability gaps, a capability pledge meets at least one of them.",
            "We call on all Member States to offer further pledges that meet identified capability gaps."),
        rule(IPI21_CAVEATS_DECLARED, Severity.ERROR, SourceDocument.IPI21, RuleSubject.UNIT,
            "No caveat on a pledge or unit is undeclared; declared caveats are reported at INFO.",
            "the challenge presented by those who fail to obey orders due to undisclosed caveats"),
        rule(IPI21_ARRANGEMENT_PARTIES, Severity.ERROR, SourceDocument.IPI21, RuleSubject.PLEDGE,
            "A joint pledge or rotational arrangement names at least two contributors; a rotation's periods do not overlap; a triangular partnership names a provider distinct from the contributor; a donation names a recipient.",
            "rotational arrangements among groups of countries (e.g., the C-130 in the mission in Mali), joint pledges (e.g., the Norwegian-Serbian level II hospital in the former UN mission in the Central African Republic and Chad), and triangular partnerships that bring TCCs and PCCs together with member states able to offer particular training or equipment"),
        rule(SEO21_PLEDGE_CATEGORY, Severity.ERROR, SourceDocument.SEO21, RuleSubject.PLEDGE,
            "A pledge made at the Seoul 2021 ministerial or later carries at least one of the Seoul 2021 pledge categories.",
            "The Ministerial successfully elicited new pledges and advanced existing ones to close gaps of peacekeeping capabilities"),
        rule(LDN16_NIO, Severity.ERROR, SourceDocument.LDN16, RuleSubject.UNIT,
            "Every military unit deployed (or ready to deploy) to a field mission includes at least one National Investigation Officer.",
            "to ensure that National Investigation Officers are included in all military units deployed to a field mission"),
        rule(LDN16_GENDER_ADVISER_UNIT, Severity.WARNING, SourceDocument.LDN16, RuleSubject.UNIT,
            "Every self-sustaining formed unit, military or police, includes a gender adviser.",
            "We call for Military and Police Gender Advisers in both Field Mission Headquarters and within each self-sustaining formed unit."),
        rule(LDN16_FPU_WOMEN_PLATOON, Severity.WARNING, SourceDocument.LDN16, RuleSubject.UNIT,
            "A formed police unit has at least one platoon made up of women officers.",
            "mixed Formed Police Units of at least one platoon of women officers"),
        rule(LDN16_MIXED_ENGAGEMENT_TEAM, Severity.WARNING, SourceDocument.LDN16, RuleSubject.UNIT,
            "A mixed engagement team includes at least two women officers.",
            "Mixed Engagement Teams with multiple women officers"),
        rule(LDN16_PREDEPLOYMENT_TRAINING, Severity.ERROR, SourceDocument.LDN16, RuleSubject.UNIT,
            "Before deployment, personnel have completed pre-deployment training to UN minimum standards that covers the prevention of conflict-related sexual violence and of sexual exploitation and abuse.",
            "a comprehensive list of the minimum requirements and standards for all pre-deployment training, including key protection tasks such as preventing conflict-related sexual violence"),
        rule(LDN16_GENDER_SENSITIVE_TRAINING, Severity.WARNING, SourceDocument.LDN16, RuleSubject.UNIT,
            "Pre-deployment training is gender-sensitive.",
            "We also ask Member States to ensure all their training is gender-sensitive"),
        rule(LDN16_VETTING, Severity.ERROR, SourceDocument.LDN16, RuleSubject.UNIT,
            "Personnel are vetted before deployment.",
            "We reiterate the need for Member States to fully vet and train their troops before deployment"),
        rule(CHOD17_EQUIPMENT_STANDARD, Severity.ERROR, SourceDocument.CHOD17, RuleSubject.UNIT,
            "A deployed unit, medical facilities above all, has deployed with its required equipment at standard.",
            "30 of the 287 military medical facilities in peacekeeping missions either have not deployed or are deployed with sub-standard equipment."),
        rule(LDN16_NIGHT_FLYING, Severity.WARNING, SourceDocument.LDN16, RuleSubject.UNIT,
            "A helicopter unit offered to a mission has night-flying capacity.",
            "including night-flying capacity and appropriate means of communication"),
        rule(LDN16_MANDATE_SEQUENCED, Severity.WARNING, SourceDocument.LDN16, RuleSubject.MISSION,
            "Every mandated task has a priority or a phase, and the mandate period is well formed.",
            "Modern peacekeeping demands improved political and military planning throughout the mission lifecycle, with clear and sequenced mandates."),
        rule(IPI21_POC_CAPABILITIES, Severity.WARNING, SourceDocument.IPI21, RuleSubject.MISSION,
            "A mission whose mandate includes the protection of civilians has the POC capabilities (community liaison assistants, language assistants, POC advisers, gender advisers, joint protection teams, situational awareness, joint operations centre, joint mission analysis centre, integrated planning unit); the finding lists the missing ones.",
            "community liaison assistants, language assistants, POC and gender advisers, joint protection teams"),
        rule(LDN16_MISSION_GENDER_ADVISERS, Severity.WARNING, SourceDocument.LDN16, RuleSubject.MISSION,
            "A field mission headquarters has a military gender adviser where the mission has a military component, and a police gender adviser where it has a police component (as its mandate's ceilings or its deployments show).",
            "We call for Military and Police Gender Advisers in both Field Mission Headquarters and within each self-sustaining formed unit."),
        rule(UNSC_AUTHORISED_CEILING, Severity.ERROR, SourceDocument.UNSC, RuleSubject.MISSION,
            "Uniformed personnel deployed to a mission, per category, do not exceed the ceilings, and the sub-ceilings within them (\"a police ceiling of 2,101, including 1,441 formed police\"), that the mandate in force on the date authorises.",
            "The Security Council authorises the mission's uniformed personnel up to the ceilings, and the sub-ceilings within them, set in the resolution that gives the mandate in force (restated)"),
        rule(UNSC_MISSION_ACTIVE, Severity.ERROR, SourceDocument.UNSC, RuleSubject.UNIT,
            "A unit is deployed, and a deployment record counts personnel, only in a mission that operates on that date: from its start to the day its withdrawal was completed (which may be later than the end of its last mandate).",
            "A mission operates from its establishment by the Security Council to the completion of the withdrawal the Council decides when it ends the mandate (restated from the resolutions establishing and ending the mission)"),
        rule(LDN16_LEVEL3_12000, Severity.ERROR, SourceDocument.LDN16, RuleSubject.PLEDGE_REGISTRY,
            "At least 12,000 troops and police are pledged at PCRS Level 3 or above (the Rapid Deployment Level included) by 31 December 2016.",
            "to ensure that at least 12,000 troops and police are at Level 3 of the PCRS by the end of 2016"),
        rule(LDN16_RDL_4000, Severity.ERROR, SourceDocument.LDN16, RuleSubject.PLEDGE_REGISTRY,
            "Of those, at least 4,000 are pledged at the Rapid Deployment Level by 31 December 2016.",
            "and that 4,000 of those are pledged at the Rapid Deployment Level"),
        rule(LDN16_WOMEN_POLICE_20, Severity.ERROR, SourceDocument.LDN16, RuleSubject.DEPLOYMENT_SNAPSHOT,
            "Women are at least 20% of police (individual police and formed police units) by 31 December 2014, the deadline of the 2009 Global Effort that the London communiqué restates.",
            "to reach the target of 20 percent launched through the Global Effort initiative in 2009"),
        rule(LDN16_WOMEN_SO_MO_15, Severity.ERROR, SourceDocument.LDN16, RuleSubject.DEPLOYMENT_SNAPSHOT,
            "Women are at least 15% of staff officers and military observers by 31 December 2017.",
            "We aim for 15% of such roles being filled by women by December 2017."),
        rule(LDN16_DOUBLE_WOMEN_2020, Severity.ERROR, SourceDocument.LDN16, RuleSubject.DEPLOYMENT_SNAPSHOT,
            "Women in military and police contingents number at least twice a baseline the caller supplies by 31 December 2020.",
            "to double the numbers of women in military and police contingents of UN peacekeeping operations by 2020"),
        rule(UGPS28_TARGETS, Severity.ERROR, SourceDocument.UGPS28, RuleSubject.DEPLOYMENT_SNAPSHOT,
            "By 2028 women are 15% of military contingents, 25% of staff officers and military observers, 20% of formed police units and 30% of individual police; interim yearly targets can be supplied as data.",
            "End-point targets for 2028: 15% women in military contingents, 25% among military staff officers and military observers, 20% in formed police units and 30% among individual police officers (restated from the strategy)"),
        rule(LDN16_WPS_NAP, Severity.INFO, SourceDocument.LDN16, RuleSubject.MEMBER_STATE,
            "The Member State has a National Action Plan on Women, Peace and Security.",
            "We further call on all Member States to develop and implement National Action Plans on Women, Peace, and Security"),
        rule(LDN16_ROLES_OPEN_TO_WOMEN, Severity.INFO, SourceDocument.LDN16, RuleSubject.MEMBER_STATE,
            "The Member State has told the UN which military roles are open to servicewomen, with a male/female breakdown of officers by rank.",
            "providing the UN with information on what military roles are open to servicewomen alongside a breakdown of the proportion of male and female officers by rank"));
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (byId.put(rule.id(), rule) != null) {
        throw new IllegalStateException("duplicate rule ID " + rule.id());
      }
    }
    return byId;
  }

  private static Rule rule(
      String id,
      Severity severity,
      SourceDocument source,
      RuleSubject subject,
      String description,
      String quote) {
    return Rule.builder()
        .id(id)
        .severity(severity)
        .source(source)
        .subject(subject)
        .description(description)
        .citation(Citation.of(source, quote))
        .build();
  }
}
