package org.ccmportal.archive.api;

import java.util.List;

/**
 * RFC 9162 consistency proof between two tree sizes.
 *
 * @param first the smaller size
 * @param second the larger size
 * @param proof lower-case hex hashes
 */
public record ConsistencyProofView(long first, long second, List<String> proof) {}
