/** Archive use cases: append an entry and read its receipt; transactions are set here. */
package org.ccmportal.archive.application;
