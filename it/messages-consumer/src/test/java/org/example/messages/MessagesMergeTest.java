package org.example.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.ValidationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Regression: the library shipped its messages as {@code ValidationMessages.properties}, so an
 * application with its own bundle of that name shadowed it and every finding read as a raw key
 * such as {@code {io.github.peacekeeping.validation.constraints.Vetted.message}}.
 */
class MessagesMergeTest {

  private static final String NIO_MESSAGE =
      "Military unit BGD-INF-1 is deployed but includes no National Investigation Officer";

  /** A deployed infantry battalion without a National Investigation Officer. */
  private static Unit battalionWithoutNio() {
    return Unit.builder()
        .id("BGD-INF-1")
        .type(UnitType.INFANTRY_BATTALION)
        .contributor(MemberState.fromName("Bangladesh"))
        .status(DeploymentStatus.DEPLOYED)
        .mission(Mission.of("UNMISS"))
        .personnel(PersonnelCount.of(80, 770))
        .roles(Map.of(UnitRole.GENDER_ADVISER, PersonnelCount.ofWomen(1)))
        .build();
  }

  @Test
  void the_application_bundle_is_the_one_named_ValidationMessages() {
    assertThat(getClass().getClassLoader().getResource("ValidationMessages.properties"))
        .as("the application's bundle is on the class path")
        .isNotNull()
        .asString()
        .doesNotContain("peacekeeping-validation");
  }

  @Test
  void communique_validator_findings_carry_interpolated_messages_beside_an_application_bundle() {
    List<Finding> findings = CommuniqueValidator.create()
        .validate(battalionWithoutNio(), ValidationContext.asOf(LocalDate.of(2026, 11, 23)))
        .findings();

    assertThat(findings).isNotEmpty();
    assertThat(findings).extracting(Finding::message).allSatisfy(message ->
        assertThat(message).doesNotContain("{io.github").doesNotContain("{"));
    assertThat(findings).extracting(Finding::message).contains(NIO_MESSAGE);
  }

  @Test
  void default_factory_interpolates_library_and_application_messages_each_from_its_own_bundle() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Map<String, String> messages = factory.getValidator()
          .validate(new Deployment("alpha", battalionWithoutNio()))
          .stream()
          .collect(Collectors.toMap(
              v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));

      assertThat(messages).containsOnly(
          Map.entry("unit.roles", NIO_MESSAGE),
          Map.entry("callsign",
              "callsign must be three capital letters and a number, was \"alpha\""));
    }
  }
}
