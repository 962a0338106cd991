/** What happens when the application starts: schema migrations, buckets, demo contacts, workers. */
package org.ccmportal.portal.interfaces.startup;
