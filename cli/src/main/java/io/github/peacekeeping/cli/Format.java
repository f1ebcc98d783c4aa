package io.github.peacekeeping.cli;

/** The output formats: aligned text for people, JSON for programs. */
enum Format {
  /** Aligned tables, counts and the rule quotes; the default on a terminal. */
  TEXT,
  /** One JSON object per input (JSON Lines); the default when output is redirected. */
  JSON
}
