package io.github.peacekeeping.validation.groups;

/** The rules traced to the Seoul UN Peacekeeping Ministerial (2021): rule set {@code SEO21}. */
public interface Seo21 {}
