/**
 * Customer attributes used to pick an audience: a customer's region and products (the profile), and
 * the segment that selects customers by them.
 */
package org.ccmportal.vault.domain.model.customer;
