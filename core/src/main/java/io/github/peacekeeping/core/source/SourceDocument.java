package io.github.peacekeeping.core.source;

import io.github.peacekeeping.core.InvalidAttributeException;
import java.util.Locale;
import java.util.Objects;

/**
 * A document that a requirement of this library is traced to.
 *
 * <p>The constant names are the codes that rule IDs start with ({@code LDN16-NIO} comes from
 * {@link #LDN16}); they are a stable, public contract. {@link #code()} and {@link #fromCode(String)}
 * convert to and from that code.
 */
public enum SourceDocument {
  /** UN Peacekeeping Defence Ministerial: London Communiqué, 8 September 2016. */
  LDN16("UN Peacekeeping Defence Ministerial: London Communiqué", 2016),
  /** Expert roundtable report preparing the 2021 (Seoul) UN Peacekeeping Ministerial. */
  IPI21("Expert roundtable report preparing the 2021 Seoul UN Peacekeeping Ministerial", 2021),
  /** Chiefs of Defence Conference, New York, July 2017 (news report). */
  CHOD17("Chiefs of Defence Conference, New York, July 2017", 2017),
  /** Seoul UN Peacekeeping Ministerial, 7–8 December 2021 (preview and closing press release). */
  SEO21("Seoul UN Peacekeeping Ministerial, December 2021", 2021),
  /** DPO/DOS Guidelines "Peacekeeping Capability Readiness System", ref. 2019.01. */
  PCRS19("DPO/DOS Guidelines: Peacekeeping Capability Readiness System (ref. 2019.01)", 2019),
  /** Security Council resolution 2242 (2015) on women, peace and security. */
  UNSCR2242("Security Council resolution 2242 (2015)", 2015),
  /** UN Uniformed Gender Parity Strategy 2018–2028. */
  UGPS28("Uniformed Gender Parity Strategy 2018–2028", 2018),
  /** The Security Council resolution that authorises a mission's current mandate. */
  UNSC("Security Council resolution authorising the mandate", 0);

  private final String title;
  private final int year;

  SourceDocument(String title, int year) {
    this.title = title;
    this.year = year;
  }

  /**
   * Returns the document's title in English.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the year the document was issued, or 0 for {@link #UNSC}, which stands for whichever
   * resolution authorises the mandate at hand.
   *
   * @return the year, or 0
   */
  public int year() {
    return year;
  }

  /**
   * Returns the stable code of this document, the prefix of the rule IDs traced to it.
   *
   * @return the code, such as {@code "LDN16"}, never null
   */
  public String code() {
    return name();
  }

  /**
   * Returns the document with the given code, ignoring case.
   *
   * @param code the code, such as {@code "LDN16"}, not null
   * @return the document, never null
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if no document has that code
   */
  public static SourceDocument fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String upper = code.trim().toUpperCase(Locale.ROOT);
    for (SourceDocument document : values()) {
      if (document.name().equals(upper)) {
        return document;
      }
    }
    throw InvalidAttributeException.of("code", "no source document has the code '" + code + "'");
  }
}
