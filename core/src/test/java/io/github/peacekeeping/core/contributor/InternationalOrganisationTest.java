package io.github.peacekeeping.core.contributor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InternationalOrganisationTest {

  @Test
  void holds_the_partner_organisations_ordered_by_acronym() {
    assertThat(InternationalOrganisation.all())
        .extracting(InternationalOrganisation::code)
        .containsExactly("ASEAN", "AU", "CSTO", "ECOWAS", "EU", "IGAD", "NATO", "OSCE", "SADC");
  }

  @Test
  void no_acronym_is_three_letters_long_or_an_iso_code() {
    Set<String> isoCodes =
        MemberState.all().stream().map(MemberState::code).collect(Collectors.toSet());

    assertThat(InternationalOrganisation.all())
        .extracting(InternationalOrganisation::code)
        .doesNotHaveDuplicates()
        .allSatisfy(code -> {
          assertThat(code).matches("[A-Z]+");
          assertThat(code.length()).as(code).isNotEqualTo(3);
          assertThat(isoCodes).as(code).doesNotContain(code);
        });
  }

  @Test
  void no_organisation_name_is_also_a_member_state_name() {
    assertThat(InternationalOrganisation.all())
        .allSatisfy(o -> {
          assertThat(MemberState.findByName(o.code())).as(o.code()).isEmpty();
          assertThat(MemberState.findByName(o.name())).as(o.name()).isEmpty();
        });
  }

  @Test
  void names_the_organisations_in_full() {
    assertThat(InternationalOrganisation.AU.name()).isEqualTo("African Union");
    assertThat(InternationalOrganisation.EU.name()).isEqualTo("European Union");
    assertThat(InternationalOrganisation.NATO.name())
        .isEqualTo("North Atlantic Treaty Organization");
    assertThat(InternationalOrganisation.ECOWAS.name())
        .isEqualTo("Economic Community of West African States");
    assertThat(InternationalOrganisation.OSCE.name())
        .isEqualTo("Organization for Security and Co-operation in Europe");
    assertThat(InternationalOrganisation.SADC.name())
        .isEqualTo("Southern African Development Community");
    assertThat(InternationalOrganisation.IGAD.name())
        .isEqualTo("Intergovernmental Authority on Development");
    assertThat(InternationalOrganisation.ASEAN.name())
        .isEqualTo("Association of Southeast Asian Nations");
    assertThat(InternationalOrganisation.CSTO.name())
        .isEqualTo("Collective Security Treaty Organization");
  }

  @Test
  void parse_reads_back_to_string_for_every_organisation() {
    assertThat(InternationalOrganisation.all())
        .allSatisfy(o -> assertThat(InternationalOrganisation.parse(o.toString())).isSameAs(o));
    assertThat(InternationalOrganisation.EU).hasToString("EU");
  }

  @Test
  void of_ignores_case_and_white_space() {
    assertThat(InternationalOrganisation.of(" ecowas ")).isSameAs(InternationalOrganisation.ECOWAS);
  }

  @Test
  void of_rejects_an_unknown_acronym_naming_it() {
    assertThatThrownBy(() -> InternationalOrganisation.of("KOR"))
        .isInstanceOf(UnknownContributorException.class)
        .hasMessageContaining("code")
        .hasMessageContaining("'KOR'");
  }

  @Test
  void of_rejects_null() {
    assertThatThrownBy(() -> InternationalOrganisation.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
  }

  @Test
  void find_by_name_reads_acronyms_names_and_british_spellings() {
    assertThat(InternationalOrganisation.findByName("the African Union"))
        .containsSame(InternationalOrganisation.AU);
    assertThat(InternationalOrganisation.findByName("osce"))
        .containsSame(InternationalOrganisation.OSCE);
    assertThat(
            InternationalOrganisation.findByName(
                "Organisation for Security and Co-operation in Europe"))
        .containsSame(InternationalOrganisation.OSCE);
    assertThat(InternationalOrganisation.findByName("North Atlantic Treaty Organisation"))
        .containsSame(InternationalOrganisation.NATO);
    assertThat(InternationalOrganisation.findByName("United Nations")).isEmpty();
  }

  @Test
  void find_by_name_rejects_null() {
    assertThatThrownBy(() -> InternationalOrganisation.findByName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  void other_names_are_unmodifiable() {
    assertThat(InternationalOrganisation.EU.otherNames()).isEmpty();
    assertThatThrownBy(() -> InternationalOrganisation.NATO.otherNames().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
