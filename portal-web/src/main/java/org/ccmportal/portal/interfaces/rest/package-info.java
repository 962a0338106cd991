/** The JSON API under /api: bearer tokens only, errors as JSON naming the field at fault. */
package org.ccmportal.portal.interfaces.rest;
