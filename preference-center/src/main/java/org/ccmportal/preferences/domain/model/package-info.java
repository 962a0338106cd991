/**
 * The preference center's domain: preference sets, contact points, the rules that lock or default a
 * channel, and the pure channel-resolution function. No container code here.
 */
package org.ccmportal.preferences.domain.model;
