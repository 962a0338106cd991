/** Use cases behind the api interfaces: transactions and input checks live here. */
package org.ccmportal.preferences.application;
