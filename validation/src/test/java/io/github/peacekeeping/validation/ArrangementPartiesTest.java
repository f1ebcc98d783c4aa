package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.NORWAY;
import static io.github.peacekeeping.validation.PledgeFixtures.SERBIA;
import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.TriangularPartnership;
import io.github.peacekeeping.validation.constraints.ArrangementParties;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArrangementPartiesTest {

  private static final String RULE = Rules.IPI21_ARRANGEMENT_PARTIES;

  private static Pledge withArrangement(io.github.peacekeeping.core.pledge.Arrangement arrangement) {
    return Pledge.builder().from(Fixtures.levelThreePledge()).arrangement(arrangement).build();
  }

  @Test
  void single_contributor_pledge_passes() {
    assertThat(findings(Fixtures.levelThreePledge(), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void norwegian_serbian_joint_pledge_passes() {
    assertThat(findings(PledgeFixtures.norwegianSerbianHospital(), Fixtures.CONTEXT, RULE))
        .isEmpty();
  }

  @Test
  void joint_pledge_naming_only_norway_is_an_error() {
    Pledge pledge = PledgeFixtures.hospitalJointPledge(NORWAY);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("arrangement");
      assertThat(f.message()).isEqualTo(
          "Joint pledge NOR-SRB-L2H names only Norway; a joint pledge names at least two contributors");
      assertThat(f.offendingValue()).contains(pledge.arrangement());
    });
  }

  @Test
  void joint_pledge_naming_norway_twice_names_one_contributor() {
    Pledge pledge = PledgeFixtures.hospitalJointPledge(NORWAY, NORWAY);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("names only Norway;"));
  }

  @Test
  void rotation_with_consecutive_periods_passes() {
    assertThat(findings(PledgeFixtures.c130Rotation(false), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void rotation_with_overlapping_periods_is_an_error_at_the_later_period() {
    Pledge pledge = PledgeFixtures.c130Rotation(true);
    RotationPeriod later = ((Rotation) pledge.arrangement()).periods().get(1);
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("arrangement.periods[1]");
      assertThat(f.message()).isEqualTo("Rotation period PRT 2022-06-01/2022-12-31 of pledge"
          + " C130-MALI overlaps period NOR 2022-01-01/2022-06-30");
      assertThat(f.offendingValue()).contains(later);
    });
  }

  @Test
  void periods_sharing_one_day_overlap() {
    Rotation rotation = Rotation.of(List.of(
        RotationPeriod.of(NORWAY, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)),
        RotationPeriod.of(SERBIA, LocalDate.of(2022, 6, 30), LocalDate.of(2022, 12, 31))));
    assertThat(findings(withArrangement(rotation), Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> assertThat(f.path()).hasToString("arrangement.periods[1]"));
  }

  @Test
  void each_overlapping_pair_is_reported() {
    Rotation rotation = Rotation.of(List.of(
        RotationPeriod.of(NORWAY, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
        RotationPeriod.of(SERBIA, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 30)),
        RotationPeriod.of(NORWAY, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 31))));
    assertThat(findings(withArrangement(rotation), Fixtures.CONTEXT, RULE))
        .extracting(f -> f.path().toString())
        .containsExactly("arrangement.periods[1]", "arrangement.periods[2]",
            "arrangement.periods[2]");
  }

  @Test
  void rotation_of_one_contributor_is_an_error() {
    Rotation rotation = Rotation.of(List.of(
        RotationPeriod.of(NORWAY, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)),
        RotationPeriod.of(NORWAY, LocalDate.of(2022, 7, 1), LocalDate.of(2022, 12, 31))));
    assertThat(findings(withArrangement(rotation), Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> {
          assertThat(f.path()).hasToString("arrangement");
          assertThat(f.message()).isEqualTo("Rotational arrangement KOR-2021-001 names only"
              + " Norway; a rotation is shared by at least two contributors");
          assertThat(f.offendingValue()).contains(rotation);
        });
  }

  @Test
  void triangular_partnership_with_a_distinct_provider_passes() {
    Pledge pledge = withArrangement(TriangularPartnership.of(SERBIA, NORWAY));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void triangular_partnership_providing_to_itself_is_an_error() {
    TriangularPartnership partnership = TriangularPartnership.of(NORWAY, NORWAY);
    assertThat(findings(withArrangement(partnership), Fixtures.CONTEXT, RULE)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).hasToString("arrangement");
          assertThat(f.message()).isEqualTo("Triangular partnership KOR-2021-001 names Norway as"
              + " both contributor and provider; the provider of training or equipment is another"
              + " partner");
          assertThat(f.offendingValue()).contains(partnership);
        });
  }

  @Test
  void korean_helicopter_donation_without_recipient_is_an_error() {
    Pledge pledge = PledgeFixtures.koreanHelicopterDonation(Optional.empty());
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("arrangement");
      assertThat(f.message()).isEqualTo("Donation KOR-2021-HEL by Republic of Korea names no recipient");
      assertThat(f.offendingValue()).contains(pledge.arrangement());
    });
  }

  @Test
  void korean_helicopter_donation_with_recipient_passes() {
    // The recipient is illustrative: the seed names none.
    Pledge pledge = PledgeFixtures.koreanHelicopterDonation(
        Optional.of(MemberState.fromName("Ghana")));
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  static final class Annotated {
    @ArrangementParties(payload = Severity.Error.class)
    final Pledge pledge;

    Annotated(Pledge pledge) {
      this.pledge = pledge;
    }
  }

  @Test
  void default_hibernate_validator_reports_overlapping_rotation_periods() {
    assertSingleViolation(
        defaultValidator().validate(new Annotated(PledgeFixtures.c130Rotation(true))),
        "pledge.arrangement.periods[1]", Severity.Error.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_the_norwegian_serbian_joint_pledge() {
    assertThat(defaultValidator()
        .validate(new Annotated(PledgeFixtures.norwegianSerbianHospital()))).isEmpty();
  }
}
