/** JPA (Hibernate, PostgreSQL schema {@code preferences}) implementations of the repositories. */
package org.ccmportal.preferences.infrastructure.jpa;
