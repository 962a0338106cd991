package org.ccmportal.preferences.api;

/**
 * One channel chosen for a communication and why.
 *
 * @param channel the channel to use
 * @param reason why: {@code PREFERENCE}, {@code RULE} (e.g. regulated documents reach the portal)
 *     or {@code FALLBACK}
 * @param address the verified address to use (email address, phone number), or null for the portal
 *     and print
 */
public record ChannelDecision(Channel channel, String reason, String address) {}
