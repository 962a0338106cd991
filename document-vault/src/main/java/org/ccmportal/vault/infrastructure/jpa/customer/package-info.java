/** Customer profiles in PostgreSQL (native SQL over {@code customer_profile}/{@code _product}). */
package org.ccmportal.vault.infrastructure.jpa.customer;
