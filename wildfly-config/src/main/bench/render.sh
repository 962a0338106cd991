#!/usr/bin/env bash
# Render benchmark, two parts, one RESULT line:
# 1. the statement template through the product's renderer beside plain FOP on the same XSL-FO,
#    1 and 2 threads, documents/s and their ratio (target >= 0.9). No server needed: the
#    test-scoped main RenderBench (plain java) on document-vault's test classpath.
# 2. end-to-end bulk throughput: a 10,000-record NDJSON file through POST /api/v1/bulk-runs and the
#    real batch job on the server (render + documents bucket + database + outbox), until every
#    document is in the archive (BulkThroughputBench). Needs the test services (`./ccm services`:
#    PostgreSQL 55432, Keycloak 8180, S3 9090) and the built server and WAR (mvn install). If a
#    portal already answers on 8080 it is used; otherwise WildFly is started with the WAR (under
#    .ccm/bench/wildfly) and stopped by its PID at the end. The records belong to bench customers
#    BENCH-BULK-0..99 with references bench-bulk:<run>:<n>, never to a real customer, and are kept
#    like any published document (the archive could not forget them anyway; the documents'
#    retention and the disposition job remove them in time). Skipped with BENCH_BULK=0 or when the
#    services are not running (the RESULT line then says bulk=skipped).
# Options as environment: BENCH_WARMUP_S (8), BENCH_MEASURE_S (10), BENCH_BULK_RECORDS (10000),
# BENCH_BULK_WAIT_ARCHIVE (1; 0 measures render + store + database only, up to the job's end),
# BENCH_BULK_TIMEOUT_S (14400), BENCH_S3=rgw (the bulk part against a Ceph RGW started for the
# run instead of S3Mock; see lib.sh).
# Ends with one line: RESULT pipeline_t1=... raw_fop_t1=... ratio_t1=... (and _t2) bulk_docs_per_s=...
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
mvn -o -q -pl document-vault -Dspotless.check.skip=true test-compile
CP_FILE="$(mktemp)"
OUT="$(mktemp)"
cleanup() {
  if declare -F bench_stop_server >/dev/null; then bench_stop_server; bench_rgw_down; fi
  rm -f "$CP_FILE" "$OUT"
}
trap cleanup EXIT
mvn -o -q -pl document-vault -Dspotless.check.skip=true dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="document-vault/target/test-classes:document-vault/target/classes:$(cat "$CP_FILE")"
java -Xms512m -Xmx1g -cp "$CP" \
  -Dbench.warmup.s="${BENCH_WARMUP_S:-8}" -Dbench.measure.s="${BENCH_MEASURE_S:-10}" \
  org.ccmportal.vault.bench.RenderBench | tee "$OUT"
RESULT="$(grep '^RESULT' "$OUT")"

# --- part 2: bulk, end to end, on the server ---
# shellcheck source=lib.sh
. "$ROOT/wildfly-config/src/main/bench/lib.sh"
bench_db_env
if [ "${BENCH_BULK:-1}" = 0 ]; then
  echo "$RESULT bulk=skipped"; exit 0
fi
if ! bench_services_up; then
  echo "bulk: skipped, the test services are not running (./ccm services)" >&2
  echo "$RESULT bulk=skipped"; exit 0
fi
if [ "${BENCH_S3:-}" = rgw ]; then bench_rgw_up; fi
bench_server_up
bench_portal_classpath
java -cp "$CP" -Dbench.bulk.records="${BENCH_BULK_RECORDS:-10000}" \
  -Dbench.bulk.timeout.s="${BENCH_BULK_TIMEOUT_S:-14400}" \
  -Dbench.bulk.waitArchive="${BENCH_BULK_WAIT_ARCHIVE:-1}" \
  org.ccmportal.portal.it.bulk.BulkThroughputBench | tee "$OUT"
BULK="$(grep '^RESULT' "$OUT" | sed 's/^RESULT//')"
echo "$RESULT$BULK"
