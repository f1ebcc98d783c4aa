package io.github.peacekeeping.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The BASELINE of {@link JsonReadBenchmark}: mutable POJOs with public fields mirroring the JSON
 * exchange format of a {@code pledge-registry} document, as an application that binds JSON with
 * plain Jackson databind would write them. Enumerations and codes are strings, dates are {@link
 * LocalDate}, a unit type is whatever Jackson makes of it (a code, or a map for a custom type);
 * nothing is checked.
 */
public final class RegistryPojos {

  private RegistryPojos() {}

  /** The document envelope. */
  public static class Registry {
    /** The schema version. */
    public String schemaVersion;
    /** The document type. */
    public String type;
    /** The pledges. */
    public List<PledgePojo> pledges;

    /** Creates an empty document; Jackson fills it. */
    public Registry() {}
  }

  /** A pledge. */
  public static class PledgePojo {
    /** Its id. */
    public String id;
    /** Who pledges. */
    public ArrangementPojo arrangement;
    /** The categories. */
    public List<String> categories;
    /** The conference, may be null. */
    public String conference;
    /** When pledged. */
    public LocalDate pledgedOn;
    /** When reconfirmed, in order. */
    public List<LocalDate> reconfirmations;
    /** The units. */
    public List<UnitPojo> units;
    /** Equipment offers. */
    public List<EquipmentPojo> equipment;
    /** Training offers. */
    public List<TrainingPojo> training;
    /** Readiness, may be null. */
    public ReadinessPojo readiness;

    /** Creates an empty pledge; Jackson fills it. */
    public PledgePojo() {}
  }

  /** Every variant of an arrangement in one class, told apart by {@code kind}. */
  public static class ArrangementPojo {
    /** The variant. */
    public String kind;
    /** SINGLE and TRIANGULAR. */
    public String contributor;
    /** JOINT. */
    public List<String> contributors;
    /** ROTATION. */
    public List<PeriodPojo> periods;
    /** TRIANGULAR. */
    public String provider;
    /** DONATION. */
    public String donor;
    /** DONATION. */
    public String recipient;

    /** Creates an empty arrangement; Jackson fills it. */
    public ArrangementPojo() {}
  }

  /** A rotation period. */
  public static class PeriodPojo {
    /** Who. */
    public String contributor;
    /** From. */
    public LocalDate from;
    /** To. */
    public LocalDate to;

    /** Creates an empty period; Jackson fills it. */
    public PeriodPojo() {}
  }

  /** An equipment offer. */
  public static class EquipmentPojo {
    /** What. */
    public String description;
    /** How many. */
    public int quantity;
    /** For whom, may be null. */
    public String recipient;

    /** Creates an empty offer; Jackson fills it. */
    public EquipmentPojo() {}
  }

  /** A training offer. */
  public static class TrainingPojo {
    /** What. */
    public String description;
    /** For whom. */
    public List<String> recipients;

    /** Creates an empty offer; Jackson fills it. */
    public TrainingPojo() {}
  }

  /** Readiness: its steps. */
  public static class ReadinessPojo {
    /** The steps, in the order of their days. */
    public List<StepPojo> steps;

    /** Creates an empty readiness; Jackson fills it. */
    public ReadinessPojo() {}
  }

  /** One step of a readiness history. */
  public static class StepPojo {
    /** The day. */
    public LocalDate on;
    /** The level, may be null. */
    public String level;
    /** The exit, may be null. */
    public String exit;
    /** The assessment and advisory visit, may be null. */
    public VisitPojo aav;
    /** The SUR alignment, may be null. */
    public SurPojo sur;
    /** The rapid-deployment commitment, may be null. */
    public CommitmentPojo rapidDeployment;

    /** Creates an empty step; Jackson fills it. */
    public StepPojo() {}
  }

  /** An assessment and advisory visit. */
  public static class VisitPojo {
    /** The day. */
    public LocalDate date;
    /** Whether it succeeded. */
    public boolean successful;

    /** Creates an empty visit; Jackson fills it. */
    public VisitPojo() {}
  }

  /** An alignment with a Statement of Unit Requirements. */
  public static class SurPojo {
    /** The reference. */
    public String reference;
    /** GENERIC or MISSION_SPECIFIC. */
    public String kind;
    /** The day. */
    public LocalDate alignedOn;

    /** Creates an empty alignment; Jackson fills it. */
    public SurPojo() {}
  }

  /** A rapid-deployment commitment. */
  public static class CommitmentPojo {
    /** The window in days. */
    public int days;
    /** The day. */
    public LocalDate committedOn;

    /** Creates an empty commitment; Jackson fills it. */
    public CommitmentPojo() {}
  }

  /** A unit. */
  public static class UnitPojo {
    /** Its id. */
    public String id;
    /** A standard type's code (a string) or a custom type (a map). */
    public Object type;
    /** Who provides it. */
    public String contributor;
    /** Its status. */
    public String status;
    /** Its mission, may be null. */
    public String mission;
    /** Its personnel. */
    public CountPojo personnel;
    /** Key roles. */
    public Map<String, CountPojo> roles;
    /** Platoons. */
    public List<TeamPojo> platoons;
    /** Engagement teams. */
    public List<TeamPojo> engagementTeams;
    /** Training, may be null. */
    public TrainingRecordPojo training;
    /** Vetted. */
    public boolean vetted;
    /** When vetted, may be null. */
    public LocalDate vettedOn;
    /** Equipment status. */
    public String equipment;
    /** Caveats. */
    public List<CaveatPojo> caveats;
    /** Night flying. */
    public boolean nightFlyingCapable;
    /** Days, may be null. */
    public Integer rapidDeploymentDays;

    /** Creates an empty unit; Jackson fills it. */
    public UnitPojo() {}
  }

  /** Women and men. */
  public static class CountPojo {
    /** Women. */
    public long women;
    /** Men. */
    public long men;

    /** Creates an empty count; Jackson fills it. */
    public CountPojo() {}
  }

  /** A platoon or engagement team. */
  public static class TeamPojo {
    /** Its name. */
    public String name;
    /** Its personnel. */
    public CountPojo personnel;

    /** Creates an empty team; Jackson fills it. */
    public TeamPojo() {}
  }

  /** Predeployment training. */
  public static class TrainingRecordPojo {
    /** UN minimum standards. */
    public boolean unMinimumStandards;
    /** CRSV. */
    public boolean conflictRelatedSexualViolence;
    /** SEA. */
    public boolean sexualExploitationAndAbuse;
    /** Gender-sensitive. */
    public boolean genderSensitive;
    /** When completed, may be null. */
    public LocalDate completedOn;

    /** Creates an empty record; Jackson fills it. */
    public TrainingRecordPojo() {}
  }

  /** A caveat. */
  public static class CaveatPojo {
    /** What. */
    public String description;
    /** Declared. */
    public boolean declared;

    /** Creates an empty caveat; Jackson fills it. */
    public CaveatPojo() {}
  }
}
