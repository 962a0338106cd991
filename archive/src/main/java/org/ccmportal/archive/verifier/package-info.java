/**
 * The offline verifier of export packages ({@code archive-verifier.jar}): JDK only, with the Merkle
 * classes of {@code domain.merkle}. Also the package format's JSON and CSV helpers, which the
 * export builder uses so that writer and verifier cannot disagree.
 */
package org.ccmportal.archive.verifier;
