package org.ccmportal.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API root. Versioned paths: /api/v1/... */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
