package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MandatedTaskKind;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.validation.Rules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of {@link MissionProfile}s, valid by default (see {@link Testkit}): the mission as
 * of a day within its (establishing) mandate, with every {@link MissionCapability} and uniformed
 * personnel within the mandate's ceilings; every mandated task has a priority.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissionProfileGenerator implements Gen<MissionProfile> {

  private static final List<String> SUPPORTED = List.of(
      Rules.LDN16_MANDATE_SEQUENCED,
      Rules.IPI21_POC_CAPABILITIES,
      Rules.LDN16_MISSION_GENDER_ADVISERS,
      Rules.UNSC_AUTHORISED_CEILING);

  private static final List<MissionCapability> POC_CAPABILITIES =
      List.copyOf(MissionCapability.protectionOfCiviliansCapabilities());

  // The rule each valid profile is then made to break, or null for valid profiles.
  private final @Nullable String rule;

  private MissionProfileGenerator(@Nullable String rule) {
    this.rule = rule;
  }

  static MissionProfileGenerator defaults() {
    return new MissionProfileGenerator(null);
  }

  /**
   * Returns a generator of mission profiles that break rule {@code ruleId}, and no other rule:
   * {@link io.github.peacekeeping.validation.CommuniqueValidator} reports, under {@link
   * Testkit#DEFAULT_CONTEXT}, at least one finding of that rule at the rule's severity and no
   * finding of another rule at {@code WARNING} or above. Each profile is a valid profile changed
   * in one respect, with QuickTheories primitives, so it shrinks like a valid one:
   *
   * <ul>
   *   <li>{@code LDN16-MANDATE-SEQUENCED}: some mandated tasks have neither priority nor phase;
   *   <li>{@code IPI21-POC-CAPABILITIES}: a mandate that includes the protection of civilians (the
   *       task is added if the mandate lacked it) and a mission that lacks one or more of the
   *       protection-of-civilians capabilities (the headquarters gender advisers stay);
   *   <li>{@code LDN16-MISSION-GENDER-ADVISERS}: a mission headquarters without its military
   *       gender adviser, its police gender adviser or both;
   *   <li>{@code UNSC-AUTHORISED-CEILING}: personnel deployed above one of the mandate's
   *       ceilings, by 1 to 20% of it (at least one person).
   * </ul>
   *
   * <p>A later call of {@code violating} replaces the rule.
   *
   * @param ruleId the ID of a rule listed above, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code ruleId} is unknown or is a rule on another subject
   *     (pledges, units, registries…); the message names the rules this generator can break
   */
  public MissionProfileGenerator violating(String ruleId) {
    return new MissionProfileGenerator(
        Breaches.require(ruleId, "MissionProfileGenerator", "a mission profile", SUPPORTED));
  }

  /**
   * Returns the IDs of the rules {@link #violating} accepts, in the order of {@link
   * Rules#all()}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<String> supportedRules() {
    return SUPPORTED;
  }

  @Override
  public MissionProfile generate(RandomnessSource in) {
    MissionProfile profile = valid(in);
    if (rule == null) {
      return profile;
    }
    return switch (rule) {
      case Rules.LDN16_MANDATE_SEQUENCED -> unsequenced(in, profile);
      case Rules.IPI21_POC_CAPABILITIES -> withoutProtectionCapabilities(in, profile);
      case Rules.LDN16_MISSION_GENDER_ADVISERS -> {
        // 1: no military adviser; 2: no police adviser; 3: neither.
        int missing = Gens.between(in, 1, 3);
        Set<MissionCapability> capabilities = EnumSet.copyOf(profile.capabilities());
        if ((missing & 1) != 0) {
          capabilities.remove(MissionCapability.HQ_MILITARY_GENDER_ADVISER);
        }
        if ((missing & 2) != 0) {
          capabilities.remove(MissionCapability.HQ_POLICE_GENDER_ADVISER);
        }
        yield MissionProfile.builder().from(profile).capabilities(capabilities).build();
      }
      case Rules.UNSC_AUTHORISED_CEILING -> aboveCeiling(in, profile);
      default -> throw new IllegalStateException("no breach for " + rule);
    };
  }

  private static MissionProfile valid(RandomnessSource in) {
    Mandate mandate = Missions.mandate(in, Gens.pick(in, Mission.all()));
    Map<PersonnelCategory, PersonnelCount> deployed = new EnumMap<>(PersonnelCategory.class);
    for (AuthorisedCeiling ceiling : mandate.ceilings()) {
      // Each category takes at most its share of the ceiling, so the sum stays within it.
      long each = ceiling.maximum() / ceiling.categories().size();
      for (PersonnelCategory category : ceiling.categories()) {
        long total = Gens.between(in, 0L, each);
        deployed.put(category, Gens.count(in, total, 0, 30));
      }
    }
    return MissionProfile.builder()
        .mission(mandate.mission())
        .mandate(mandate)
        .capabilities(EnumSet.allOf(MissionCapability.class))
        .deployed(deployed)
        .asOf(Gens.date(in, mandate.period().start(), mandate.period().end()))
        .build();
  }

  private static MissionProfile unsequenced(RandomnessSource in, MissionProfile profile) {
    List<MandatedTask> tasks = new ArrayList<>(profile.mandate().tasks());
    // Each bit of a non-zero mask takes the priority off one task.
    int mask = Gens.between(in, 1, (1 << tasks.size()) - 1);
    for (int i = 0; i < tasks.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        MandatedTask task = tasks.get(i);
        tasks.set(i, MandatedTask.of(task.description(), task.kind()));
      }
    }
    return withMandate(profile, Mandate.builder().from(profile.mandate()).tasks(tasks).build());
  }

  private static MissionProfile withoutProtectionCapabilities(
      RandomnessSource in, MissionProfile profile) {
    Mandate mandate = profile.mandate();
    if (!mandate.includesProtectionOfCivilians()) {
      mandate = Mandate.builder().from(mandate)
          .addTask(MandatedTask.builder()
              .description(Missions.describe(MandatedTaskKind.PROTECTION_OF_CIVILIANS))
              .kind(MandatedTaskKind.PROTECTION_OF_CIVILIANS)
              .priority(mandate.tasks().size() + 1)
              .build())
          .build();
    }
    // Each bit of a non-zero mask takes one protection-of-civilians capability away.
    int mask = Gens.between(in, 1, (1 << POC_CAPABILITIES.size()) - 1);
    Set<MissionCapability> capabilities = EnumSet.copyOf(profile.capabilities());
    for (int i = 0; i < POC_CAPABILITIES.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        capabilities.remove(POC_CAPABILITIES.get(i));
      }
    }
    return MissionProfile.builder().from(withMandate(profile, mandate))
        .capabilities(capabilities).build();
  }

  private static MissionProfile aboveCeiling(RandomnessSource in, MissionProfile profile) {
    List<AuthorisedCeiling> ceilings = profile.mandate().ceilings();
    AuthorisedCeiling ceiling = Gens.pick(in, ceilings);
    List<PersonnelCategory> categories = List.copyOf(EnumSet.copyOf(ceiling.categories()));
    PersonnelCategory raised = Gens.pick(in, categories);
    long others = 0;
    for (PersonnelCategory category : categories) {
      if (category != raised) {
        others += profile.deployed(category).total();
      }
    }
    long excess = Gens.between(in, 1L, Math.max(1L, ceiling.maximum() / 5));
    long total = ceiling.maximum() + excess - others;
    Map<PersonnelCategory, PersonnelCount> deployed = new EnumMap<>(PersonnelCategory.class);
    deployed.putAll(profile.deployed());
    deployed.put(raised, Gens.count(in, total, 0, 30));
    return MissionProfile.builder().from(profile).deployed(deployed).build();
  }

  private static MissionProfile withMandate(MissionProfile profile, Mandate mandate) {
    return MissionProfile.builder().from(profile).mandate(mandate).build();
  }
}
