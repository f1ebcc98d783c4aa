package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
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
  private LocalDate reconfirmedOn;
  @NotNull private List<@NotNull @Valid UnitBean> units = new ArrayList<>();
  @Valid private ReadinessBean readiness;

  /** Creates an empty bean. */
  public PledgeBean() {}

  /**
   * Tells whether the pledge is not reconfirmed before it was made.
   *
   * @return true if valid
   */
  @AssertTrue
  public boolean isReconfirmedAfterPledged() {
    return reconfirmedOn == null || pledgedOn == null || !reconfirmedOn.isBefore(pledgedOn);
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
  public LocalDate getReconfirmedOn() { return reconfirmedOn; }
  public void setReconfirmedOn(LocalDate reconfirmedOn) { this.reconfirmedOn = reconfirmedOn; }
  public List<UnitBean> getUnits() { return units; }
  public void setUnits(List<UnitBean> units) { this.units = units; }
  public ReadinessBean getReadiness() { return readiness; }
  public void setReadiness(ReadinessBean readiness) { this.readiness = readiness; }

  /** Readiness in the PCRS. */
  public static class ReadinessBean {
    @NotNull private ReadinessLevel level;
    private LocalDate registeredOn;
    private LocalDate aavDate;
    private String surReference;
    @Positive private Integer rapidDeploymentDays;

    /** Creates an empty bean. */
    public ReadinessBean() {}

    public ReadinessLevel getLevel() { return level; }
    public void setLevel(ReadinessLevel level) { this.level = level; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    public LocalDate getAavDate() { return aavDate; }
    public void setAavDate(LocalDate aavDate) { this.aavDate = aavDate; }
    public String getSurReference() { return surReference; }
    public void setSurReference(String surReference) { this.surReference = surReference; }
    public Integer getRapidDeploymentDays() { return rapidDeploymentDays; }
    public void setRapidDeploymentDays(Integer days) { this.rapidDeploymentDays = days; }
  }
}
