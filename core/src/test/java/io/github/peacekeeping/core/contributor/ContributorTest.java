package io.github.peacekeeping.core.contributor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.source.TestFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContributorTest {

  /** The names between two markers of the communiqué, split as the communiqué lists them. */
  private static List<String> namesBetween(String text, String before, String after) {
    Matcher matcher =
        Pattern.compile(Pattern.quote(before) + "(.*?)" + Pattern.quote(after), Pattern.DOTALL)
            .matcher(text.replaceAll("\\s+", " "));
    assertThat(matcher.find()).as("'%s ... %s' in the communiqué", before, after).isTrue();
    return Arrays.stream(matcher.group(1).split(", | and "))
        .map(String::strip)
        .map(name -> name.startsWith("the ") ? name.substring(4) : name)
        .collect(Collectors.toList());
  }

  private static List<String> londonSignatories() {
    return namesBetween(
        TestFiles.read(TestFiles.LONDON_COMMUNIQUE), "The Governments of ", " jointly declare");
  }

  private static List<String> londonNewPledgers() {
    return namesBetween(
        TestFiles.read(TestFiles.LONDON_COMMUNIQUE),
        "new pledges that have been made since then, including those by ",
        ", and those made at UN COPS");
  }

  @Test
  void resolves_all_62_signatories_of_the_london_communique() {
    List<String> signatories = londonSignatories();

    assertThat(signatories).hasSize(62).startsWith("Argentina").endsWith("Vietnam", "Zambia");
    assertThat(signatories)
        .allSatisfy(name -> assertThat(Contributor.findByName(name)).as(name).isPresent());
    assertThat(signatories.stream().map(Contributor::fromName).distinct()).hasSize(62);
  }

  @Test
  void resolves_all_31_new_pledgers_named_in_the_london_communique() {
    List<String> pledgers = londonNewPledgers();

    assertThat(pledgers).hasSize(31).startsWith("Argentina").endsWith("Zambia");
    assertThat(pledgers)
        .allSatisfy(name -> assertThat(Contributor.findByName(name)).as(name).isPresent());
    assertThat(pledgers.stream().map(Contributor::fromName).distinct()).hasSize(31);
  }

  @Test
  void resolves_the_london_names_to_the_right_states() {
    Map<String, String> codeByName = new LinkedHashMap<>();
    Stream.concat(londonSignatories().stream(), londonNewPledgers().stream())
        .forEach(name -> codeByName.put(name, Contributor.fromName(name).code()));

    assertThat(codeByName)
        .containsEntry("Republic of Korea", "KOR")
        .containsEntry("Tanzania", "TZA")
        .containsEntry("Vietnam", "VNM")
        .containsEntry("former Yugoslav Republic of Macedonia", "MKD")
        .containsEntry("Russia", "RUS")
        .containsEntry("United States", "USA")
        .containsEntry("United Kingdom", "GBR")
        .containsEntry("Czech Republic", "CZE")
        .containsEntry("Netherlands", "NLD");
    assertThat(Contributor.fromName("the United States")).isSameAs(MemberState.of("USA"));
    assertThat(Contributor.fromName("the former Yugoslav Republic of Macedonia"))
        .isSameAs(MemberState.of("MKD"));
  }

  @Test
  void resolves_every_contributor_name_of_the_un_contribution_data_to_its_iso_code()
      {
    List<String> lines = TestFiles.lines(TestFiles.CONTRIBUTIONS_CSV);
    List<String> header = TestFiles.csvFields(lines.get(0));
    int nameColumn = header.indexOf("Contributor");
    int codeColumn = header.indexOf("Contributor ISO-3");
    assertThat(nameColumn).isNotNegative();
    assertThat(codeColumn).isNotNegative();

    Map<String, String> codeByName = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = TestFiles.csvFields(line);
      codeByName.put(fields.get(nameColumn), fields.get(codeColumn));
    }
    // A truncation in the published data; importers resolve such rows by the ISO column.
    assertThat(codeByName.remove("The former Yugoslav Republic o")).isEqualTo("MKD");

    assertThat(codeByName).hasSizeGreaterThan(130);
    List<String> mismatches = new ArrayList<>();
    codeByName.forEach((name, code) -> {
      String resolved = Contributor.findByName(name).map(Contributor::code).orElse("(unknown)");
      if (!resolved.equals(code)) {
        mismatches.add(name + " -> " + resolved + ", expected " + code);
      }
    });
    assertThat(mismatches).isEmpty();
  }

  @Test
  void parse_reads_back_to_string_for_every_contributor() {
    List<Contributor> all = new ArrayList<>(MemberState.all());
    all.addAll(InternationalOrganisation.all());

    assertThat(all).allSatisfy(c -> assertThat(Contributor.parse(c.toString())).isSameAs(c));
  }

  @Test
  void parse_tells_states_and_organisations_apart_by_code() {
    assertThat(Contributor.parse("KOR")).isInstanceOf(MemberState.class);
    assertThat(Contributor.parse("EU")).isSameAs(InternationalOrganisation.EU);
    assertThat(Contributor.parse(" nato ")).isSameAs(InternationalOrganisation.NATO);
    assertThat(Contributor.parse("gbr")).isSameAs(MemberState.of("GBR"));
  }

  @Test
  void parse_rejects_an_unknown_code_naming_it() {
    assertThatThrownBy(() -> Contributor.parse("XYZ"))
        .isInstanceOf(UnknownContributorException.class)
        .hasMessageContaining("code")
        .hasMessageContaining("'XYZ'");
  }

  @Test
  void parse_rejects_null() {
    assertThatThrownBy(() -> Contributor.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
  }

  @Test
  void from_name_resolves_states_and_organisations() {
    assertThat(Contributor.fromName("Korea, Republic of")).isSameAs(MemberState.of("KOR"));
    assertThat(Contributor.fromName("the African Union")).isSameAs(InternationalOrganisation.AU);
    assertThat(Contributor.fromName("European Union")).isSameAs(InternationalOrganisation.EU);
    assertThat(Contributor.fromName("ECOWAS")).isSameAs(InternationalOrganisation.ECOWAS);
  }

  @Test
  void from_name_rejects_an_unknown_name_naming_it() {
    assertThatThrownBy(() -> Contributor.fromName("Atlantis"))
        .isInstanceOf(UnknownContributorException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("'Atlantis'");
  }

  @Test
  void from_name_does_not_guess_which_korea() {
    assertThat(Contributor.findByName("Korea")).isEmpty();
    assertThatThrownBy(() -> Contributor.fromName("Korea"))
        .isInstanceOf(UnknownContributorException.class)
        .hasMessageContaining("'Korea'");
  }

  @Test
  void find_by_name_rejects_null() {
    assertThatThrownBy(() -> Contributor.findByName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }
}
