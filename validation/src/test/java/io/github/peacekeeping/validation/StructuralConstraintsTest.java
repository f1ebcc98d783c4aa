package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.validation.constraints.ContributorCode;
import io.github.peacekeeping.validation.constraints.MissionAcronym;
import io.github.peacekeeping.validation.constraints.ResolutionSymbol;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structural constraints on a downstream DTO, under Hibernate Validator's defaults. */
class StructuralConstraintsTest {

  /** A downstream data transfer object holding identifiers as text. */
  record DeploymentForm(
      @ContributorCode String contributor,
      @MissionAcronym String mission,
      @ResolutionSymbol String mandate) {}

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void defaultFactory() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void valid_identifiers_pass() {
    assertThat(validator.validate(new DeploymentForm("KOR", "UNMISS", "S/RES/2729 (2024)")))
        .isEmpty();
    assertThat(validator.validate(new DeploymentForm("EU", "unmiss", "S/RES/2729(2024)")))
        .isEmpty();
  }

  @Test
  void nulls_are_left_to_not_null() {
    assertThat(validator.validate(new DeploymentForm(null, null, null))).isEmpty();
  }

  @Test
  void unknown_contributor_code_is_reported_on_its_property() {
    Set<ConstraintViolation<DeploymentForm>> violations =
        validator.validate(new DeploymentForm("XYZ", "UNMISS", "S/RES/2729 (2024)"));
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.getPropertyPath()).hasToString("contributor");
      assertThat(v.getMessage()).isEqualTo("is not the ISO 3166-1 alpha-3 code of a UN Member"
          + " State or the acronym of a known international organisation");
      assertThat(v.getInvalidValue()).isEqualTo("XYZ");
    });
  }

  @Test
  void unknown_mission_and_malformed_resolution_are_reported() {
    Set<ConstraintViolation<DeploymentForm>> violations =
        validator.validate(new DeploymentForm("KOR", "UNXYZ", "resolution 2729"));
    assertThat(violations).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("mission", "mandate");
  }
}
