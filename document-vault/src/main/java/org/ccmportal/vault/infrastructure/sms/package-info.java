/** SMS notices through the preference center's SMS gateway adapter (HTTP). */
package org.ccmportal.vault.infrastructure.sms;
