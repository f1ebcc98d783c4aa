package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.validation.internal.RuleCatalogueMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the catalogue. Regenerate it with
 * {@code ./mvnw -q -pl core,validation -am test -Dtest=RulesDocumentationTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpeacekeeping.docs.write=true}.
 */
class RulesDocumentationTest {

  private static final Path DOC = Path.of(System.getProperty("user.dir"))
      .resolve("../docs/rules.md").normalize();

  @Test
  void docs_rules_md_matches_the_catalogue() throws IOException {
    String rendered = RuleCatalogueMarkdown.render();
    if (Boolean.getBoolean("peacekeeping.docs.write")) {
      Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
    }
    assertThat(DOC).as("docs/rules.md").exists();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date: regenerate it (see this test's Javadoc)")
        .isEqualTo(rendered);
  }

  @Test
  void every_rule_id_appears_in_the_document() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (Rule rule : Rules.all()) {
      assertThat(doc).contains("`" + rule.id() + "`");
    }
  }
}
