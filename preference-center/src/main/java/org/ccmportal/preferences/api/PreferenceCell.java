package org.ccmportal.preferences.api;

/**
 * One cell of the preference matrix (category x channel).
 *
 * @param category the category
 * @param channel the channel
 * @param enabled whether the customer receives this category on this channel
 * @param locked whether the customer may not change it
 * @param lockReason message-bundle key explaining the lock, or null
 */
public record PreferenceCell(
    Category category, Channel channel, boolean enabled, boolean locked, String lockReason) {}
