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
# shellcheck source=lib.sh
. "$ROOT/wildfly-config/src/main/bench/lib.sh"
bench_db_env
pg_isready -q || { echo "PostgreSQL is not reachable at $PGHOST:$PGPORT: run ./ccm services" >&2; exit 1; }
bench_services_up || { echo "Keycloak is not reachable: run ./ccm services" >&2; exit 1; }

cleanup() {
  bench_stop_server
  if [ "${BENCH_KEEP:-0}" != 1 ]; then
    psql -q -v ON_ERROR_STOP=1 -c "DELETE FROM vault.document WHERE external_reference LIKE 'bench:%'" || true
  fi
}
trap cleanup EXIT
bench_server_up

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

bench_portal_classpath
java -cp "$CP" -Dbench.calls="${BENCH_CALLS:-2000}" -Dbench.warmup="${BENCH_WARMUP:-300}" \
  org.ccmportal.portal.it.inbox.InboxLatencyBench
