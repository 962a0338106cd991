/**
 * Line differences between two texts (a template's XSLT or sample data in two versions), so that an
 * approver sees exactly what a version changes before deciding on it. Pure domain code: no
 * persistence, no framework.
 */
package org.ccmportal.vault.domain.model.template.diff;
