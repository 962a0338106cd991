package org.ccmportal.preferences.application;

/** Where customers reach the portal ({@code CCM_PORTAL_URL}), for links in emails. */
final class PortalUrl {
  private PortalUrl() {}

  static String base() {
    String url = System.getenv().getOrDefault("CCM_PORTAL_URL", "http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
