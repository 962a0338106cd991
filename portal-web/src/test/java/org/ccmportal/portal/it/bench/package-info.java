/** Benchmarks run against a started portal ({@code ./ccm bench NAME}); not tests. */
package org.ccmportal.portal.it.bench;
