/**
 * Who contributes to UN peacekeeping: Member States and international organisations.
 *
 * <p>{@link io.github.peacekeeping.core.contributor.MemberState} identifies a state by its ISO
 * 3166-1 alpha-3 code and resolves the names the UN and the communiqués use ("Republic of Korea",
 * "Korea, Republic of", "the United Kingdom", "Tanzania", "Viet Nam", "Russia", "the former
 * Yugoslav Republic of Macedonia", …). {@link
 * io.github.peacekeeping.core.contributor.InternationalOrganisation} covers the EU, the AU, NATO
 * and the other organisations that partner with UN peacekeeping. An unknown name never resolves
 * to a guess: it throws {@link io.github.peacekeeping.core.contributor.UnknownContributorException}.
 * {@link io.github.peacekeeping.core.contributor.MemberStateCommitments} records what a state has
 * done towards the London 2016 commitments on women in peacekeeping.
 */
package io.github.peacekeeping.core.contributor;
