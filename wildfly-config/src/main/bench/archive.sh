#!/usr/bin/env bash
# Archive throughput without S3 or a database, for 100,000 records of 2 KiB held in memory:
#   append  - the domain part of the archive's append path: content SHA-256, leaf encoding, leaf
#             hash, record added to an in-memory log (records/s);
#   verify  - full verification: recompute every leaf hash, the tree root, and the SHA-256 of every
#             object's bytes (records/s and MB/s of object bytes);
#   sha256  - raw SHA-256 of the same object bytes in the same run (MB/s), the floor of verify.
# Ends with one line: RESULT append_rps=... verify_rps=... verify_mbps=... sha256_mbps=...
# Needs the project installed once (mvn install). Options (environment): BENCH_RECORDS (100000),
# BENCH_CONTENT_BYTES (2048), BENCH_WARMUP (2). The main is
# archive/src/test/java/org/ccmportal/archive/bench/ArchiveBench.java.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
cd "$ROOT"
export MAVEN_OPTS="${MAVEN_OPTS:-} -Xms1g -Xmx2g"
# Maven prints colour resets even in batch mode: strip them so the output ends with the RESULT line.
strip() { sed -u -e 's/\x1b\[[0-9;]*m//g'; }
mvn -B -q -o -Dstyle.color=never -pl archive test-compile 2>&1 | strip
mvn -B -q -o -Dstyle.color=never -pl archive exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.ccmportal.archive.bench.ArchiveBench \
  -Dbench.records="${BENCH_RECORDS:-100000}" \
  -Dbench.contentBytes="${BENCH_CONTENT_BYTES:-2048}" \
  -Dbench.warmup="${BENCH_WARMUP:-2}" 2>&1 | strip
