package org.ccmportal.preferences.domain.model;

/** Kinds of contact point: an email address, a mobile number for SMS, a postal address. */
public enum ContactKind {
  EMAIL,
  SMS,
  POSTAL
}
