package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.validation.constraints.RegisteredInPcrs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisteredInPcrsTest {

  private static final String RULE = Rules.LDN16_PCRS_REGISTERED;

  private static Pledge unregistered() {
    return Pledge.builder().from(Fixtures.levelThreePledge()).readiness(Optional.empty()).build();
  }

  @Test
  void registered_capability_pledge_passes() {
    assertThat(findings(Fixtures.levelThreePledge(), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  @Test
  void capability_pledge_without_readiness_is_an_error() {
    assertThat(findings(unregistered(), Fixtures.CONTEXT, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("readiness");
      assertThat(f.message()).isEqualTo(
          "Capability pledge KOR-2021-001 is not registered in the PCRS: it carries no readiness level");
      assertThat(f.offendingValue()).isEmpty();
    });
  }

  @Test
  void capability_category_alone_makes_a_capability_pledge() {
    Pledge pledge = Pledge.builder().from(unregistered()).units(List.of()).build();
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).hasSize(1);
  }

  @Test
  void training_pledge_without_readiness_passes() {
    Pledge pledge = Pledge.builder().from(unregistered())
        .units(List.of())
        .categories(List.of(PledgeCategory.TRAINING_AND_CAPACITY_BUILDING))
        .build();
    assertThat(findings(pledge, Fixtures.CONTEXT, RULE)).isEmpty();
  }

  static final class Annotated {
    @RegisteredInPcrs(payload = Severity.Error.class)
    final Pledge pledge;

    Annotated(Pledge pledge) {
      this.pledge = pledge;
    }
  }

  @Test
  void default_hibernate_validator_reports_an_unregistered_pledge() {
    assertSingleViolation(defaultValidator().validate(new Annotated(unregistered())),
        "pledge.readiness", Severity.Error.class, RULE);
  }

  @Test
  void default_hibernate_validator_passes_a_registered_pledge() {
    assertThat(defaultValidator().validate(new Annotated(Fixtures.levelThreePledge()))).isEmpty();
  }

  @Test
  void a_pledge_registered_after_the_evaluation_date_was_not_registered_on_it() {
    java.time.LocalDate registered = Fixtures.levelThreePledge().readiness().orElseThrow()
        .registeredOn();
    Pledge pledge = Fixtures.levelThreePledge();

    assertThat(findings(pledge, ValidationContext.asOf(registered), RULE)).isEmpty();
    assertThat(findings(Pledge.builder().from(pledge).pledgedOn(registered.minusDays(10)).build(),
        ValidationContext.asOf(registered.minusDays(1)), RULE)).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).hasToString("readiness.steps[0].on");
          assertThat(f.message()).isEqualTo("Capability pledge KOR-2021-001 was not registered in"
              + " the PCRS on 2021-12-06: it was registered only on 2021-12-07");
          assertThat(f.offendingValue()).contains(registered);
        });
  }
}
