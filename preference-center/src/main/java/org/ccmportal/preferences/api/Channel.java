package org.ccmportal.preferences.api;

/** Ways a communication can reach a customer. */
public enum Channel {
  PORTAL,
  EMAIL,
  SMS,
  PRINT
}
