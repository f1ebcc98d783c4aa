package io.github.peacekeeping.validation.groups;

/** The rules traced to the London Communiqué (2016): rule set {@code LDN16}. */
public interface Ldn16 {}
