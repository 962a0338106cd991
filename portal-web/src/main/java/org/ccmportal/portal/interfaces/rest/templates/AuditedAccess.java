package org.ccmportal.portal.interfaces.rest.templates;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks resources whose refused calls (403) are audit events: see {@link DeniedAccessAudit}.
 * Template and retention changes are controlled operations, so an attempt by the wrong role is
 * recorded, not only refused.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AuditedAccess {}
