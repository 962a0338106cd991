/** JPA adapter of the archive record repository (PostgreSQL, schema {@code archive}). */
package org.ccmportal.archive.infrastructure.jpa;
