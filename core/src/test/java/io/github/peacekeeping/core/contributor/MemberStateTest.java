package io.github.peacekeeping.core.contributor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MemberStateTest {

  @Test
  void holds_exactly_the_193_un_member_states() {
    assertThat(MemberState.all()).hasSize(193).doesNotHaveDuplicates();
  }

  @Test
  void codes_are_unique_upper_case_three_letter_codes() {
    List<String> codes =
        MemberState.all().stream().map(MemberState::code).collect(Collectors.toList());

    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z]{3}"));
  }

  @Test
  void all_is_ordered_by_code_and_unmodifiable() {
    assertThat(MemberState.all()).isSorted();
    assertThatThrownBy(() -> MemberState.all().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_finds_a_state_by_code_ignoring_case_and_white_space() {
    MemberState korea = MemberState.of("KOR");

    assertThat(korea.code()).isEqualTo("KOR");
    assertThat(korea.name()).isEqualTo("Republic of Korea");
    assertThat(MemberState.of(" kor ")).isSameAs(korea);
  }

  @Test
  void of_rejects_an_unknown_code_naming_it() {
    assertThatThrownBy(() -> MemberState.of("EU"))
        .isInstanceOf(UnknownContributorException.class)
        .hasMessageContaining("code")
        .hasMessageContaining("'EU'");
    assertThatThrownBy(() -> MemberState.of("YUG"))
        .isInstanceOf(UnknownContributorException.class)
        .hasMessageContaining("'YUG'");
  }

  @Test
  void of_rejects_null() {
    assertThatThrownBy(() -> MemberState.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
  }

  @Test
  void parse_reads_back_to_string_for_every_state() {
    assertThat(MemberState.all())
        .allSatisfy(state -> assertThat(MemberState.parse(state.toString())).isSameAs(state));
    assertThat(MemberState.of("VNM")).hasToString("VNM");
  }

  @Test
  void uses_the_un_short_names() {
    assertThat(MemberState.of("TZA").name()).isEqualTo("United Republic of Tanzania");
    assertThat(MemberState.of("VNM").name()).isEqualTo("Viet Nam");
    assertThat(MemberState.of("RUS").name()).isEqualTo("Russian Federation");
    assertThat(MemberState.of("MKD").name()).isEqualTo("North Macedonia");
    assertThat(MemberState.of("TUR").name()).isEqualTo("Türkiye");
    assertThat(MemberState.of("CZE").name()).isEqualTo("Czechia");
    assertThat(MemberState.of("CIV").name()).isEqualTo("Côte d'Ivoire");
    assertThat(MemberState.of("COD").name()).isEqualTo("Democratic Republic of the Congo");
    assertThat(MemberState.of("COG").name()).isEqualTo("Congo");
    assertThat(MemberState.of("GBR").name())
        .isEqualTo("United Kingdom of Great Britain and Northern Ireland");
  }

  @Test
  void every_name_and_other_name_resolves_to_its_own_state() {
    assertThat(MemberState.all())
        .allSatisfy(state -> {
          assertThat(MemberState.fromName(state.name())).isSameAs(state);
          assertThat(state.otherNames())
              .allSatisfy(other -> assertThat(MemberState.fromName(other)).isSameAs(state));
        });
  }

  @Test
  void resolves_iso_common_and_former_names() {
    assertThat(MemberState.fromName("Korea, Republic of").code()).isEqualTo("KOR");
    assertThat(MemberState.fromName("Tanzania, United Republic of").code()).isEqualTo("TZA");
    assertThat(MemberState.fromName("Moldova, Republic of").code()).isEqualTo("MDA");
    assertThat(MemberState.fromName("Iran, Islamic Republic of").code()).isEqualTo("IRN");
    assertThat(MemberState.fromName("Russia").code()).isEqualTo("RUS");
    assertThat(MemberState.fromName("Syria").code()).isEqualTo("SYR");
    assertThat(MemberState.fromName("Laos").code()).isEqualTo("LAO");
    assertThat(MemberState.fromName("Bolivia").code()).isEqualTo("BOL");
    assertThat(MemberState.fromName("Venezuela").code()).isEqualTo("VEN");
    assertThat(MemberState.fromName("Brunei").code()).isEqualTo("BRN");
    assertThat(MemberState.fromName("UK").code()).isEqualTo("GBR");
    assertThat(MemberState.fromName("USA").code()).isEqualTo("USA");
    assertThat(MemberState.fromName("Macedonia").code()).isEqualTo("MKD");
    assertThat(MemberState.fromName("Turkey").code()).isEqualTo("TUR");
    assertThat(MemberState.fromName("Swaziland").code()).isEqualTo("SWZ");
    assertThat(MemberState.fromName("Cape Verde").code()).isEqualTo("CPV");
    assertThat(MemberState.fromName("Burma").code()).isEqualTo("MMR");
    assertThat(MemberState.fromName("DRC").code()).isEqualTo("COD");
    assertThat(MemberState.fromName("Ivory Coast").code()).isEqualTo("CIV");
    assertThat(MemberState.fromName("Libyan Arab Jamahiriya").code()).isEqualTo("LBY");
  }

  @Test
  void ignores_case_diacritics_punctuation_and_a_leading_the() {
    MemberState ivoryCoast = MemberState.of("CIV");

    assertThat(MemberState.fromName("COTE D'IVOIRE")).isSameAs(ivoryCoast);
    assertThat(MemberState.fromName("Côte d’Ivoire")).isSameAs(ivoryCoast);
    assertThat(MemberState.fromName("Cote d Ivoire")).isSameAs(ivoryCoast);
    assertThat(MemberState.fromName("  côte   d'ivoire. ")).isSameAs(ivoryCoast);
    assertThat(MemberState.fromName("Turkiye")).isSameAs(MemberState.of("TUR"));
    assertThat(MemberState.fromName("The Gambia")).isSameAs(MemberState.of("GMB"));
    assertThat(MemberState.fromName("Guinea Bissau")).isSameAs(MemberState.of("GNB"));
  }

  @Test
  void keeps_similar_names_apart() {
    assertThat(MemberState.fromName("Congo").code()).isEqualTo("COG");
    assertThat(MemberState.fromName("DR Congo").code()).isEqualTo("COD");
    assertThat(MemberState.fromName("Guinea").code()).isEqualTo("GIN");
    assertThat(MemberState.fromName("Guinea-Bissau").code()).isEqualTo("GNB");
    assertThat(MemberState.fromName("Equatorial Guinea").code()).isEqualTo("GNQ");
    assertThat(MemberState.fromName("Niger").code()).isEqualTo("NER");
    assertThat(MemberState.fromName("Nigeria").code()).isEqualTo("NGA");
    assertThat(MemberState.fromName("Sudan").code()).isEqualTo("SDN");
    assertThat(MemberState.fromName("South Sudan").code()).isEqualTo("SSD");
    assertThat(MemberState.fromName("Dominica").code()).isEqualTo("DMA");
    assertThat(MemberState.fromName("Dominican Republic").code()).isEqualTo("DOM");
  }

  @Test
  void does_not_guess_an_ambiguous_or_unknown_name() {
    assertThat(MemberState.findByName("Korea")).isEmpty();
    assertThat(MemberState.findByName("The former Yugoslav Republic o")).isEmpty();
    assertThat(MemberState.findByName("Yugoslavia")).isEmpty();
    assertThatThrownBy(() -> MemberState.fromName("Korea"))
        .isInstanceOf(UnknownContributorException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("'Korea'");
  }

  @Test
  void find_by_name_rejects_null() {
    assertThatThrownBy(() -> MemberState.findByName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  void other_names_are_unmodifiable() {
    List<String> others = MemberState.of("KOR").otherNames();

    assertThat(others).contains("Korea, Republic of");
    assertThatThrownBy(() -> others.add("Korea"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void one_instance_per_state_ordered_by_code() {
    assertThat(MemberState.of("KOR")).isSameAs(MemberState.fromName("Republic of Korea"));
    assertThat(MemberState.of("KOR")).isEqualTo(MemberState.of("kor"));
    assertThat(MemberState.of("KOR")).isNotEqualTo(MemberState.of("PRK"));
    assertThat(MemberState.of("ARG")).isLessThan(MemberState.of("ZMB"));
    assertThat(MemberState.of("ARG").compareTo(MemberState.of("ARG"))).isZero();
  }
}
