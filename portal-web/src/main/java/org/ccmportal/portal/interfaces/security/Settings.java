package org.ccmportal.portal.interfaces.security;

/**
 * Settings of the web layer, from environment variables with defaults for the local stack: {@code
 * CCM_PORTAL_URL}, {@code CCM_OIDC_PROVIDER_URL}, {@code CCM_OIDC_CLIENT_ID}.
 */
public final class Settings {
  private Settings() {}

  public static String portalUrl() {
    return env("CCM_PORTAL_URL", "http://localhost:8080");
  }

  public static String oidcProviderUrl() {
    return env("CCM_OIDC_PROVIDER_URL", "http://localhost:8180/realms/ccm");
  }

  /**
   * The realm URL as browsers reach it ({@code CCM_OIDC_PUBLIC_URL}); defaults to the provider URL,
   * and differs only where the server reaches Keycloak by an internal name.
   */
  public static String oidcPublicUrl() {
    return env("CCM_OIDC_PUBLIC_URL", oidcProviderUrl());
  }

  public static String oidcClientId() {
    return env("CCM_OIDC_CLIENT_ID", "ccm-portal");
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
