/** What other modules may call on the preference center: channel resolution and contacts. */
package org.ccmportal.preferences.api;
