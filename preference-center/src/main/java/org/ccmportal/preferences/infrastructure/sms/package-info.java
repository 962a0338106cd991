/** The SMS gateway adapter: messages handed to an HTTP gateway with a bearer token. */
package org.ccmportal.preferences.infrastructure.sms;
