#!/usr/bin/env bash
# Publish benchmark: a regulatory notice to BENCH_PUBLISH_RECIPIENTS synthetic customers (default
# 100,000; every 10th with a verified email, every 25th with SMS, the others a letter for the print
# batch) through the API, maker-checker and the real bulk job, outbox and channel senders
# (PublishBench). From the approval it measures the wall time until every email is sent,
# documents/s, emails/s, and the inbox API's p50/p99 for alice while it runs. Needs the test
# services (`./ccm services`) and the built project (mvn install); starts WildFly with the WAR
# unless a portal answers on 8080 (and stops it).
# The synthetic customers (BENCH-PUB-<run>-<n>) and their documents stay in the test database, like
# any published document. A publication the server cannot start (6 failed starts in a row, about a
# minute) ends the bench with the server's reason. Options: BENCH_PUBLISH_RECIPIENTS,
# BENCH_PUBLISH_TIMEOUT_S (14400),
# BENCH_S3=rgw: a Ceph RGW started for the run (see lib.sh) instead of the test stack's S3Mock,
# whose requests slow down as its buckets fill (needed for 100,000 recipients).
# Ends with one line: RESULT publish_recipients=... publish_wall_s=... docs_per_s=...
# emails_per_s=... inbox_p99_ms=...
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
# shellcheck source=lib.sh
. "$ROOT/wildfly-config/src/main/bench/lib.sh"
bench_portal_main -Dbench.publish.recipients="${BENCH_PUBLISH_RECIPIENTS:-100000}" \
  -Dbench.publish.timeout.s="${BENCH_PUBLISH_TIMEOUT_S:-14400}" \
  org.ccmportal.portal.it.bench.PublishBench
