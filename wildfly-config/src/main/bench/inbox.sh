#!/usr/bin/env bash
# Inbox API latency: p50/p95/p99 of GET /api/v1/documents (plain, deep page, type, read, date and
# search filters) for alice (C-1001) with 10,000 documents in a table of 1,000,000 (target p95 under
# 50 ms). Ends with one line: RESULT p50_ms=... p95_ms=... p99_ms=...
#
# Needs: the built project (mvn install, so wildfly-config/target/server and
# portal-web/target/portal-web.war exist) and the test services running (`./ccm services`:
# PostgreSQL 55432, Keycloak 8180, S3 9090). If a portal already answers on 8080 it is used;
# otherwise this script starts WildFly with the WAR (under .ccm/bench/wildfly) and stops it (by its
# PID) at the end. Rows are generated with SQL generate_series straight into vault.document (no
# PDFs: the list does not read them), marked by external_reference 'bench:*', and deleted at the
# end unless BENCH_KEEP=1. Options: BENCH_CALLS (2000), BENCH_WARMUP (300).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
SERVER="$ROOT/wildfly-config/target/server"
WAR="$ROOT/portal-web/target/portal-web.war"
BASE="$ROOT/.ccm/bench/wildfly"
DB_URL="${CCM_DB_URL:-jdbc:postgresql://127.0.0.1:55432/ccm}"
hostportdb="${DB_URL#jdbc:postgresql://}"
export PGHOST="${hostportdb%%:*}" PGPORT="$(echo "$hostportdb" | sed -E 's/^[^:]+:([0-9]+)\/.*/\1/')"
export PGDATABASE="${hostportdb##*/}" PGUSER="${CCM_DB_USER:-ccm}" PGPASSWORD="${CCM_DB_PASSWORD:-ccm-demo-db-password}"

pg_isready -q || { echo "PostgreSQL is not reachable at $PGHOST:$PGPORT: run ./ccm services" >&2; exit 1; }
curl -fsS -o /dev/null "${CCM_OIDC_PROVIDER_URL:-http://localhost:8180/realms/ccm}" \
  || { echo "Keycloak is not reachable: run ./ccm services" >&2; exit 1; }

WF_PID=""
cleanup() {
  if [ -n "$WF_PID" ]; then kill "$WF_PID" 2>/dev/null || true; wait "$WF_PID" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-0}" != 1 ]; then
    psql -q -v ON_ERROR_STOP=1 -c "DELETE FROM vault.document WHERE external_reference LIKE 'bench:%'" || true
  fi
}
trap cleanup EXIT

if curl -fsS -o /dev/null http://localhost:8080/health/ready 2>/dev/null; then
  echo "using the portal already running on 8080"
else
  [ -f "$WAR" ] && [ -d "$SERVER" ] || { echo "build first: mvn install" >&2; exit 1; }
  rm -rf "$BASE"; mkdir -p "$(dirname "$BASE")"; cp -r "$SERVER/standalone" "$BASE"
  cp "$WAR" "$BASE/deployments/portal-web.war"
  echo "starting WildFly (log: $BASE/log/server.log)"
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

existing=$(psql -tAc "SELECT count(*) FROM vault.document WHERE external_reference LIKE 'bench:%'")
if [ "$existing" != 1000000 ]; then
  echo "generating 1,000,000 documents (10,000 of them alice's, C-1001)"
  start=$SECONDS
  psql -q -v ON_ERROR_STOP=1 <<'SQL'
DELETE FROM vault.document WHERE external_reference LIKE 'bench:%';
INSERT INTO vault.document (id, customer_id, document_type, title, external_reference, template_id,
    template_version, data_sha256, object_key, content_sha256, size_bytes, issued_at, retain_until,
    read_at)
SELECT md5('bench' || n)::uuid,
       CASE WHEN n <= 10000 THEN 'C-1001' ELSE 'BENCH-' || (n % 99000) END,
       CASE WHEN n % 5 = 0 THEN 'REGULATORY_NOTICE' ELSE 'STATEMENT' END,
       'Bench statement ' || n,
       'bench:' || n,
       'statement', 1, repeat('0', 64), 'documents/00/' || repeat('0', 64), repeat('0', 64), 50000,
       -- spread over 30 months, so some of them are outside the 24-month display window
       now() - (n % 10000) * interval '131 minutes' - interval '1 hour',
       now() + interval '7 years',
       CASE WHEN n % 3 = 0 THEN now() END
FROM generate_series(1, 1000000) AS n;
ANALYZE vault.document;
SQL
  echo "generated in $((SECONDS - start)) s"
fi

mvn -o -q -pl portal-web -Dspotless.check.skip=true test-compile
CP_FILE="$(mktemp)"
mvn -o -q -pl portal-web -Dspotless.check.skip=true dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="portal-web/target/test-classes:portal-web/target/classes:$(cat "$CP_FILE")"
rm -f "$CP_FILE"
java -cp "$CP" -Dbench.calls="${BENCH_CALLS:-2000}" -Dbench.warmup="${BENCH_WARMUP:-300}" \
  org.ccmportal.portal.it.inbox.InboxLatencyBench
