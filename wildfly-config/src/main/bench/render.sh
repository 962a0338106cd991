#!/usr/bin/env bash
# Render benchmark: the statement template through the product's renderer beside plain FOP on the
# same XSL-FO, 1 and 2 threads, documents/s and their ratio (target >= 0.9). No server needed.
# Needs the built project (mvn install); runs the test-scoped main RenderBench (plain java) with the test
# classpath. Options as environment: BENCH_WARMUP_S (8), BENCH_MEASURE_S (10).
# Ends with one line: RESULT pipeline_t1=... raw_fop_t1=... ratio_t1=... (and _t2).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
mvn -o -q -pl document-vault -Dspotless.check.skip=true test-compile
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
mvn -o -q -pl document-vault -Dspotless.check.skip=true dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="document-vault/target/test-classes:document-vault/target/classes:$(cat "$CP_FILE")"
java -Xms512m -Xmx1g -cp "$CP" \
  -Dbench.warmup.s="${BENCH_WARMUP_S:-8}" -Dbench.measure.s="${BENCH_MEASURE_S:-10}" \
  org.ccmportal.vault.bench.RenderBench
