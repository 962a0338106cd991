#!/usr/bin/env bash
# Print benchmark: the daily print run at size. A regulatory notice to BENCH_PRINT_LETTERS synthetic
# customers who all get letters (default 4,500: batches of 2,000, 2,000 and 500) through the API,
# maker-checker and the bulk job; once every letter is queued, one print run (POST
# /api/v1/print-batches) writes the merged PDFs and manifests to the print drop. Measures the run
# from the request until every letter is SENT, then reads every batch back from the print drop and
# checks that each letter is in exactly one manifest row and each merged PDF has its manifest's
# pages (PrintBench). Needs the test services (`./ccm services`) and the built project (mvn
# install); starts WildFly with the WAR unless a portal answers on 8080 (and stops it). Letters
# other tests left queued go into the same run. BENCH_S3=rgw: a Ceph RGW started for the run (see
# lib.sh) instead of the test stack's S3Mock. Options: BENCH_PRINT_LETTERS, BENCH_PRINT_TIMEOUT_S
# (14400). The synthetic customers (BENCH-PRN-<run>-<n>) stay in the test database.
# Ends with one line: RESULT print_letters=... publish_s=... print_run_s=... letters_per_s=...
# batches=... pages=... largest_pdf_mb=... passed=true
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
# shellcheck source=lib.sh
. "$ROOT/wildfly-config/src/main/bench/lib.sh"
# the test stack's settings (print batch schedule off: only the bench's run writes batches)
eval "$("$ROOT/ccm" env)"
bench_portal_main -Dbench.print.letters="${BENCH_PRINT_LETTERS:-4500}" \
  -Dbench.print.timeout.s="${BENCH_PRINT_TIMEOUT_S:-14400}" \
  org.ccmportal.portal.it.bench.PrintBench
