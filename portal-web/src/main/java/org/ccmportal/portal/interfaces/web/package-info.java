/** PrimeFaces pages' backing beans, named after the use case, and the browser download. */
package org.ccmportal.portal.interfaces.web;
