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
# BENCH_BULK_WAIT_ARCHIVE (1; 0 measures render + store + database only, up to the job's end).
# Ends with one line: RESULT pipeline_t1=... raw_fop_t1=... ratio_t1=... (and _t2) bulk_docs_per_s=...
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
mvn -o -q -pl document-vault -Dspotless.check.skip=true test-compile
CP_FILE="$(mktemp)"
OUT="$(mktemp)"
WF_PID=""
cleanup() {
  if [ -n "$WF_PID" ]; then kill "$WF_PID" 2>/dev/null || true; wait "$WF_PID" 2>/dev/null || true; fi
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
DB_URL="${CCM_DB_URL:-jdbc:postgresql://127.0.0.1:55432/ccm}"
hostportdb="${DB_URL#jdbc:postgresql://}"
export PGHOST="${hostportdb%%:*}" PGPORT="$(echo "$hostportdb" | sed -E 's/^[^:]+:([0-9]+)\/.*/\1/')"
export PGDATABASE="${hostportdb##*/}" PGUSER="${CCM_DB_USER:-ccm}" PGPASSWORD="${CCM_DB_PASSWORD:-ccm-demo-db-password}"
if [ "${BENCH_BULK:-1}" = 0 ]; then
  echo "$RESULT bulk=skipped"; exit 0
fi
if ! pg_isready -q || ! curl -fsS -o /dev/null "${CCM_OIDC_PROVIDER_URL:-http://localhost:8180/realms/ccm}"; then
  echo "bulk: skipped, the test services are not running (./ccm services)" >&2
  echo "$RESULT bulk=skipped"; exit 0
fi
SERVER="$ROOT/wildfly-config/target/server"
WAR="$ROOT/portal-web/target/portal-web.war"
BASE="$ROOT/.ccm/bench/wildfly"
if curl -fsS -o /dev/null http://localhost:8080/health/ready 2>/dev/null; then
  echo "bulk: using the portal already running on 8080"
else
  [ -f "$WAR" ] && [ -d "$SERVER" ] || { echo "build first: mvn install" >&2; exit 1; }
  rm -rf "$BASE"; mkdir -p "$(dirname "$BASE")"; cp -r "$SERVER/standalone" "$BASE"
  cp "$WAR" "$BASE/deployments/portal-web.war"
  echo "bulk: starting WildFly (log: $BASE/log/server.log)"
  LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true" \
    "$SERVER/ccm/start-portal.sh" -Djboss.server.base.dir="$BASE" >"$ROOT/.ccm/bench/wildfly.out" 2>&1 &
  WF_PID=$!
  for _ in $(seq 1 240); do
    [ -f "$BASE/deployments/portal-web.war.deployed" ] && break
    [ -f "$BASE/deployments/portal-web.war.failed" ] && { echo "deployment failed: $(cat "$BASE/deployments/portal-web.war.failed")" >&2; exit 1; }
    sleep 1
  done
  for _ in $(seq 1 60); do curl -fsS -o /dev/null http://localhost:8080/health/ready && break; sleep 1; done
fi
mvn -o -q -pl portal-web -Dspotless.check.skip=true test-compile
mvn -o -q -pl portal-web -Dspotless.check.skip=true dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="portal-web/target/test-classes:portal-web/target/classes:$(cat "$CP_FILE")"
java -cp "$CP" -Dbench.bulk.records="${BENCH_BULK_RECORDS:-10000}" \
  -Dbench.bulk.waitArchive="${BENCH_BULK_WAIT_ARCHIVE:-1}" \
  org.ccmportal.portal.it.bulk.BulkThroughputBench | tee "$OUT"
BULK="$(grep '^RESULT' "$OUT" | sed 's/^RESULT//')"
echo "$RESULT$BULK"
