/** Benchmarks run by {@code ./ccm bench}: plain mains with warm-up, test code only. */
package org.ccmportal.vault.bench;
