package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.SurKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-written mutable JavaBean with the fields of a single-contributor {@code Pledge} and
 * standard constraints for the invariants the {@code Pledge} builder checks; its units are {@link
 * UnitBean}s, validated in cascade.
 */
public class PledgeBean {

  @NotBlank private String id;
  @NotNull private Contributor contributor;
  @NotNull private Set<@NotNull PledgeCategory> categories = EnumSet.noneOf(PledgeCategory.class);
  private Conference conference;
  @NotNull private LocalDate pledgedOn;
  @NotNull private List<@NotNull LocalDate> reconfirmations = new ArrayList<>();
  @NotNull private List<@NotNull @Valid UnitBean> units = new ArrayList<>();
  @Valid private ReadinessBean readiness;

  /** Creates an empty bean. */
  public PledgeBean() {}

  /**
   * Tells whether the reconfirmations increase and none is before the pledge.
   *
   * @return true if valid
   */
  @AssertTrue
  public boolean isReconfirmedAfterPledged() {
    LocalDate previous = pledgedOn == null ? LocalDate.MIN : pledgedOn.minusDays(1);
    for (LocalDate reconfirmation : reconfirmations) {
      if (reconfirmation == null || !reconfirmation.isAfter(previous)) {
        return false;
      }
      previous = reconfirmation;
    }
    return true;
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public Contributor getContributor() { return contributor; }
  public void setContributor(Contributor contributor) { this.contributor = contributor; }
  public Set<PledgeCategory> getCategories() { return categories; }
  public void setCategories(Set<PledgeCategory> categories) { this.categories = categories; }
  public Conference getConference() { return conference; }
  public void setConference(Conference conference) { this.conference = conference; }
  public LocalDate getPledgedOn() { return pledgedOn; }
  public void setPledgedOn(LocalDate pledgedOn) { this.pledgedOn = pledgedOn; }
  public List<LocalDate> getReconfirmations() { return reconfirmations; }
  public void setReconfirmations(List<LocalDate> reconfirmations) {
    this.reconfirmations = reconfirmations;
  }
  public List<UnitBean> getUnits() { return units; }
  public void setUnits(List<UnitBean> units) { this.units = units; }
  public ReadinessBean getReadiness() { return readiness; }
  public void setReadiness(ReadinessBean readiness) { this.readiness = readiness; }

  /** Readiness in the PCRS: its steps, in the order of their days. */
  public static class ReadinessBean {
    @NotEmpty private List<@NotNull @Valid StepBean> steps = new ArrayList<>();

    /** Creates an empty bean. */
    public ReadinessBean() {}

    /**
     * Tells whether the steps' days increase and the first reaches a level.
     *
     * @return true if valid
     */
    @AssertTrue
    public boolean isInOrder() {
      LocalDate previous = LocalDate.MIN;
      for (StepBean step : steps) {
        if (step == null || step.getOn() == null || !step.getOn().isAfter(previous)) {
          return false;
        }
        previous = step.getOn();
      }
      return steps.isEmpty() || steps.get(0).getLevel() != null;
    }

    public List<StepBean> getSteps() { return steps; }
    public void setSteps(List<StepBean> steps) { this.steps = steps; }
  }

  /** One step of the readiness history, with its evidence. */
  public static class StepBean {
    @NotNull private LocalDate on;
    private ReadinessLevel level;
    private ReadinessExit exit;
    private LocalDate aavDate;
    private Boolean aavSuccessful;
    private String surReference;
    private SurKind surKind;
    private LocalDate surAlignedOn;
    @Positive private Integer rapidDeploymentDays;
    private LocalDate rapidDeploymentCommittedOn;

    /** Creates an empty bean. */
    public StepBean() {}

    /**
     * Tells whether the step has a level or an exit and its evidence is not after it.
     *
     * @return true if valid
     */
    @AssertTrue
    public boolean isConsistent() {
      if ((level == null) == (exit == null)) {
        return false;
      }
      if (on == null) {
        return true;
      }
      return notAfter(aavDate) && notAfter(surAlignedOn) && notAfter(rapidDeploymentCommittedOn)
          && (surReference == null || (!surReference.isBlank() && surKind != null
              && surAlignedOn != null))
          && (aavDate == null) == (aavSuccessful == null)
          && (rapidDeploymentDays == null) == (rapidDeploymentCommittedOn == null);
    }

    private boolean notAfter(LocalDate evidence) {
      return evidence == null || !evidence.isAfter(on);
    }

    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public ReadinessLevel getLevel() { return level; }
    public void setLevel(ReadinessLevel level) { this.level = level; }
    public ReadinessExit getExit() { return exit; }
    public void setExit(ReadinessExit exit) { this.exit = exit; }
    public LocalDate getAavDate() { return aavDate; }
    public void setAavDate(LocalDate aavDate) { this.aavDate = aavDate; }
    public Boolean getAavSuccessful() { return aavSuccessful; }
    public void setAavSuccessful(Boolean aavSuccessful) { this.aavSuccessful = aavSuccessful; }
    public String getSurReference() { return surReference; }
    public void setSurReference(String surReference) { this.surReference = surReference; }
    public SurKind getSurKind() { return surKind; }
    public void setSurKind(SurKind surKind) { this.surKind = surKind; }
    public LocalDate getSurAlignedOn() { return surAlignedOn; }
    public void setSurAlignedOn(LocalDate surAlignedOn) { this.surAlignedOn = surAlignedOn; }
    public Integer getRapidDeploymentDays() { return rapidDeploymentDays; }
    public void setRapidDeploymentDays(Integer days) { this.rapidDeploymentDays = days; }
    public LocalDate getRapidDeploymentCommittedOn() { return rapidDeploymentCommittedOn; }
    public void setRapidDeploymentCommittedOn(LocalDate day) {
      this.rapidDeploymentCommittedOn = day;
    }
  }
}
