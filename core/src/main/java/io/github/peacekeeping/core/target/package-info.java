/**
 * Gender and readiness targets that UN peacekeeping has set itself, with the passages they come
 * from.
 *
 * <p>A {@link io.github.peacekeeping.core.target.GenderTarget} is either a {@link
 * io.github.peacekeeping.core.target.ShareTarget} (a minimum share of women, such as 20% of police)
 * or a {@link io.github.peacekeeping.core.target.GrowthTarget} (a multiple of a baseline number of
 * women, such as doubling); a {@link io.github.peacekeeping.core.target.ReadinessTarget} asks for a
 * number of personnel pledged at a PCRS level. {@link io.github.peacekeeping.core.target.Targets}
 * holds the targets of the London communiqué (2016) and the Uniformed Gender Parity Strategy
 * (2018–2028). A target is data: whether a registry or a snapshot meets it is reported by the
 * rules module, over a {@link io.github.peacekeeping.core.target.TargetScope}.
 */
package io.github.peacekeeping.core.target;
