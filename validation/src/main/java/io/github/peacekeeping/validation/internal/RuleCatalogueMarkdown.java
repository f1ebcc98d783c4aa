package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import java.util.List;
import java.util.Locale;

/**
 * Writes the rule catalogue as Markdown: the text of {@code docs/rules.md}, which a test keeps in
 * step with {@link Rules}.
 */
public final class RuleCatalogueMarkdown {

  private RuleCatalogueMarkdown() {}

  /**
   * Returns the catalogue as a Markdown document.
   *
   * @return the document, never null
   */
  public static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Rule catalogue\n\n")
        .append("<!-- Generated from io.github.peacekeeping.validation.Rules; do not edit by hand. ")
        .append("RulesDocumentationTest fails when this file and the catalogue drift apart. -->\n\n")
        .append("Every rule the validation module checks, by rule set. Rule IDs are a stable, ")
        .append("public contract: a rule is never renamed, only deprecated.\n\n")
        .append("Severity: **ERROR** where the source states a requirement for every case; ")
        .append("**WARNING** where it calls for, supports or encourages something; **INFO** for ")
        .append("facts a reader should see. Targets over many records report progress at INFO ")
        .append("while their deadline is ahead; once it has passed, they are judged on the ")
        .append("figures in force on the deadline (met: INFO; missed: their severity, WARNING for ")
        .append("one contributor or mission), and the latest figures up to the evaluation date ")
        .append("follow at INFO.\n\n")
        .append("Every rule answers what held on the evaluation date: facts dated after it are ")
        .append("not taken into account, and values that exist only after it are not evaluated ")
        .append("(see `docs/requirements.md`, section 8).\n\n")
        .append("Quotes from LDN16, IPI21, CHOD17 and SEO21 are verbatim from the texts in ")
        .append("`data/sources/`; citations of PCRS19, UGPS28 and UNSC restate the requirement ")
        .append("and say so.\n");
    for (SourceDocument source : SourceDocument.values()) {
      List<Rule> rules = Rules.ofRuleSet(source);
      if (rules.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(source.code()).append(" — ").append(source.title()).append("\n\n")
          .append("| ID | severity | checks | what is checked | source passage |\n")
          .append("|---|---|---|---|---|\n");
      for (Rule rule : rules) {
        md.append("| `").append(rule.id()).append("`")
            .append(rule.deprecated() ? " (deprecated)" : "")
            .append(" | ").append(rule.severity())
            .append(" | ").append(rule.subject().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(" | ").append(cell(rule.description()))
            .append(" | \u201c").append(cell(rule.citation().quote())).append("\u201d |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
