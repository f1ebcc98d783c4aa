package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.validation.groups.Chod17;
import io.github.peacekeeping.validation.groups.Ipi21;
import io.github.peacekeeping.validation.groups.Ldn16;
import io.github.peacekeeping.validation.groups.Pcrs19;
import io.github.peacekeeping.validation.groups.Seo21;
import io.github.peacekeeping.validation.groups.Ugps28;
import io.github.peacekeeping.validation.groups.Unsc;
import io.github.peacekeeping.validation.groups.Unscr2242;
import java.util.Collection;

/** Maps each source document to its validation group. */
public final class Groups {

  private Groups() {}

  /**
   * Returns the validation group of a rule set.
   *
   * @param source the source document, not null
   * @return the group interface, never null
   */
  public static Class<?> of(SourceDocument source) {
    return switch (source) {
      case LDN16 -> Ldn16.class;
      case IPI21 -> Ipi21.class;
      case CHOD17 -> Chod17.class;
      case SEO21 -> Seo21.class;
      case PCRS19 -> Pcrs19.class;
      case UNSCR2242 -> Unscr2242.class;
      case UGPS28 -> Ugps28.class;
      case UNSC -> Unsc.class;
    };
  }

  /**
   * Returns the validation groups of several rule sets.
   *
   * @param sources the source documents, not null
   * @return the group interfaces, never null
   */
  public static Class<?>[] of(Collection<SourceDocument> sources) {
    return sources.stream().map(Groups::of).toArray(Class<?>[]::new);
  }
}
