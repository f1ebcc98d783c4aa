package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EquipmentStatus;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written mutable JavaBean with the fields of {@code Unit} and standard Jakarta Bean
 * Validation constraints for the same invariants the {@code Unit} builder checks (the cross-field
 * ones as {@code @AssertTrue} methods): the "structural validation" baseline an application with
 * annotated beans would run.
 */
public class UnitBean {

  @NotBlank private String id;
  @NotNull private UnitType type;
  @NotNull private Contributor contributor;
  @NotNull private DeploymentStatus status;
  private Mission mission;
  @NotNull @Valid private PersonnelBean personnel;
  @NotNull private Map<UnitRole, @NotNull @Valid PersonnelBean> roles = new EnumMap<>(UnitRole.class);
  @NotNull private List<@NotNull @Valid TeamBean> platoons = new ArrayList<>();
  @NotNull private List<@NotNull @Valid TeamBean> engagementTeams = new ArrayList<>();
  @Valid private TrainingBean training;
  private boolean vetted;
  @NotNull private EquipmentStatus equipment = EquipmentStatus.AT_STANDARD;
  @NotNull private List<@NotNull @Valid CaveatBean> caveats = new ArrayList<>();
  private boolean nightFlyingCapable;
  @Positive private Integer rapidDeploymentDays;

  /** Creates an empty bean. */
  public UnitBean() {}

  /**
   * Tells whether a deployed unit names its mission.
   *
   * @return true if valid
   */
  @AssertTrue
  public boolean isMissionPresentWhenDeployed() {
    return status != DeploymentStatus.DEPLOYED || mission != null;
  }

  /**
   * Tells whether the roles and the platoons together are within the personnel.
   *
   * @return true if valid
   */
  @AssertTrue
  public boolean isWithinPersonnel() {
    if (personnel == null || roles == null || platoons == null) {
      return true;
    }
    for (PersonnelBean role : roles.values()) {
      if (role != null && !role.isWithin(personnel)) {
        return false;
      }
    }
    long women = 0;
    long men = 0;
    for (TeamBean platoon : platoons) {
      if (platoon != null && platoon.getPersonnel() != null) {
        women += platoon.getPersonnel().getWomen();
        men += platoon.getPersonnel().getMen();
      }
    }
    return women <= personnel.getWomen() && men <= personnel.getMen();
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public UnitType getType() { return type; }
  public void setType(UnitType type) { this.type = type; }
  public Contributor getContributor() { return contributor; }
  public void setContributor(Contributor contributor) { this.contributor = contributor; }
  public DeploymentStatus getStatus() { return status; }
  public void setStatus(DeploymentStatus status) { this.status = status; }
  public Mission getMission() { return mission; }
  public void setMission(Mission mission) { this.mission = mission; }
  public PersonnelBean getPersonnel() { return personnel; }
  public void setPersonnel(PersonnelBean personnel) { this.personnel = personnel; }
  public Map<UnitRole, PersonnelBean> getRoles() { return roles; }
  public void setRoles(Map<UnitRole, PersonnelBean> roles) { this.roles = roles; }
  public List<TeamBean> getPlatoons() { return platoons; }
  public void setPlatoons(List<TeamBean> platoons) { this.platoons = platoons; }
  public List<TeamBean> getEngagementTeams() { return engagementTeams; }
  public void setEngagementTeams(List<TeamBean> teams) { this.engagementTeams = teams; }
  public TrainingBean getTraining() { return training; }
  public void setTraining(TrainingBean training) { this.training = training; }
  public boolean isVetted() { return vetted; }
  public void setVetted(boolean vetted) { this.vetted = vetted; }
  public EquipmentStatus getEquipment() { return equipment; }
  public void setEquipment(EquipmentStatus equipment) { this.equipment = equipment; }
  public List<CaveatBean> getCaveats() { return caveats; }
  public void setCaveats(List<CaveatBean> caveats) { this.caveats = caveats; }
  public boolean isNightFlyingCapable() { return nightFlyingCapable; }
  public void setNightFlyingCapable(boolean capable) { this.nightFlyingCapable = capable; }
  public Integer getRapidDeploymentDays() { return rapidDeploymentDays; }
  public void setRapidDeploymentDays(Integer days) { this.rapidDeploymentDays = days; }

  /** Personnel by gender. */
  public static class PersonnelBean {
    @PositiveOrZero private long women;
    @PositiveOrZero private long men;

    /** Creates an empty bean. */
    public PersonnelBean() {}

    static PersonnelBean of(long women, long men) {
      PersonnelBean bean = new PersonnelBean();
      bean.setWomen(women);
      bean.setMen(men);
      return bean;
    }

    boolean isWithin(PersonnelBean whole) {
      return women <= whole.women && men <= whole.men;
    }

    public long getWomen() { return women; }
    public void setWomen(long women) { this.women = women; }
    public long getMen() { return men; }
    public void setMen(long men) { this.men = men; }
  }

  /** A platoon or an engagement team. */
  public static class TeamBean {
    @NotBlank private String name;
    @NotNull @Valid private PersonnelBean personnel;

    /** Creates an empty bean. */
    public TeamBean() {}

    static TeamBean of(String name, PersonnelBean personnel) {
      TeamBean bean = new TeamBean();
      bean.setName(name);
      bean.setPersonnel(personnel);
      return bean;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PersonnelBean getPersonnel() { return personnel; }
    public void setPersonnel(PersonnelBean personnel) { this.personnel = personnel; }
  }

  /** A restriction on the unit's use. */
  public static class CaveatBean {
    @NotBlank private String description;
    private boolean declared;

    /** Creates an empty bean. */
    public CaveatBean() {}

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isDeclared() { return declared; }
    public void setDeclared(boolean declared) { this.declared = declared; }
  }

  /** Pre-deployment training. */
  public static class TrainingBean {
    private boolean unMinimumStandards;
    private boolean conflictRelatedSexualViolence;
    private boolean sexualExploitationAndAbuse;
    private boolean genderSensitive;
    private LocalDate completedOn;

    /** Creates an empty bean. */
    public TrainingBean() {}

    public boolean isUnMinimumStandards() { return unMinimumStandards; }
    public void setUnMinimumStandards(boolean value) { this.unMinimumStandards = value; }
    public boolean isConflictRelatedSexualViolence() { return conflictRelatedSexualViolence; }
    public void setConflictRelatedSexualViolence(boolean value) {
      this.conflictRelatedSexualViolence = value;
    }
    public boolean isSexualExploitationAndAbuse() { return sexualExploitationAndAbuse; }
    public void setSexualExploitationAndAbuse(boolean value) {
      this.sexualExploitationAndAbuse = value;
    }
    public boolean isGenderSensitive() { return genderSensitive; }
    public void setGenderSensitive(boolean value) { this.genderSensitive = value; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
  }
}
