#!/usr/bin/env bash
# Crash benchmark: kill -9 in the middle of a publication at full size. Runs PublicationCrashIT
# with BENCH_CRASH_RECIPIENTS synthetic customers (default 10,000; every 10th with email, every
# 25th with SMS, the others a letter): the test starts its own WildFly, publishes a notice through
# the API and maker-checker, sends SIGKILL once a tenth of the documents are committed, starts the
# server again and checks that every recipient has exactly one document, one delivery item per
# chosen channel, every email and SMS sent, and no email twice (by Message-ID) and no SMS twice (by
# reference). Needs the test services (`./ccm services`), the built project (mvn install) and port
# 8080 free. BENCH_S3 (default rgw): the S3 server, Ceph RGW started for the run (see lib.sh), or
# s3mock, the test stack's S3Mock, on which 10,000 recipients take well over an hour.
# The synthetic customers (PCR-<run>-<n>) and their documents stay in the test database.
# Ends with one line: RESULT crash_recipients=... killed_at_docs=... completed_after_restart_s=...
# all_sent_after_restart_s=... emails=... email_repeats=... passed=true|false
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
# shellcheck source=lib.sh
. "$ROOT/wildfly-config/src/main/bench/lib.sh"
# the test stack's settings, as for any integration test (print batch off: letters stay queued)
eval "$("$ROOT/ccm" env)"
bench_db_env
bench_services_up || { echo "the test services are not running: ./ccm services" >&2; exit 1; }
if curl -fsS -o /dev/null http://localhost:8080/ 2>/dev/null; then
  echo "port 8080 is in use: the crash test starts and kills its own server (./ccm stop)" >&2
  exit 1
fi
[ -f "$WAR" ] && [ -d "$SERVER" ] || { echo "build first: mvn install" >&2; exit 1; }
trap 'bench_rgw_down' EXIT
case "${BENCH_S3:-rgw}" in
  rgw) bench_rgw_up ;;
  s3mock) ;;
  *) echo "BENCH_S3 must be rgw or s3mock" >&2; exit 1 ;;
esac
recipients="${BENCH_CRASH_RECIPIENTS:-10000}"
log="$ROOT/.ccm/bench/crash.log"
mkdir -p "$(dirname "$log")"
status=0
mvn -B -pl portal-web -Dspotless.check.skip=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  package failsafe:integration-test@crash-tests failsafe:verify@crash-tests \
  -Dit.test=PublicationCrashIT -Dcrash.recipients="$recipients" 2>&1 | tee "$log" || status=$?

# the figures from the test's "publication crash:" lines
figure() { sed -nE "s/^publication crash: $1.*/\\1/p" "$log" | tail -1; }
killed="$(figure 'killed [0-9]+ ms after approval with ([0-9]+) of')"
completed_ms="$(figure 'completed ([0-9]+) ms after the restart')"
sent_ms="$(figure 'every notice sent ([0-9]+) ms after the restart')"
emails="$(figure '([0-9]+) emails, ')"
repeats="$(figure '[0-9]+ emails, ([0-9]+) resent')"
seconds() { [ -n "$1" ] && awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }' || echo none; }
passed=false
[ "$status" = 0 ] && grep -q 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0' "$log" && passed=true
echo "RESULT crash_recipients=$recipients killed_at_docs=${killed:-none}" \
  "completed_after_restart_s=$(seconds "$completed_ms") all_sent_after_restart_s=$(seconds "$sent_ms")" \
  "emails=${emails:-none} email_repeats=${repeats:-none} passed=$passed"
[ "$passed" = true ]
