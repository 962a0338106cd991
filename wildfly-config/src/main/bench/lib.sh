# Shared by the benchmark scripts (sourced, not run): the database settings, the check that the
# test services run, a WildFly with the built WAR when no portal answers on 8080, and the test
# classpath of portal-web for the benchmark mains.
# shellcheck shell=bash

ROOT="${ROOT:?}"
SERVER="$ROOT/wildfly-config/target/server"
WAR="$ROOT/portal-web/target/portal-web.war"
BASE="$ROOT/.ccm/bench/wildfly"
WF_PID=""

# PG* variables from CCM_DB_URL (default: the local test cluster).
bench_db_env() {
  local url="${CCM_DB_URL:-jdbc:postgresql://127.0.0.1:55432/ccm}" hostportdb
  hostportdb="${url#jdbc:postgresql://}"
  export PGHOST="${hostportdb%%:*}"
  PGPORT="$(echo "$hostportdb" | sed -E 's/^[^:]+:([0-9]+)\/.*/\1/')"
  export PGPORT PGDATABASE="${hostportdb##*/}" PGUSER="${CCM_DB_USER:-ccm}"
  export PGPASSWORD="${CCM_DB_PASSWORD:-ccm-demo-db-password}"
}

# True when PostgreSQL and Keycloak answer (./ccm services).
bench_services_up() {
  pg_isready -q && curl -fsS -o /dev/null "${CCM_OIDC_PROVIDER_URL:-http://localhost:8180/realms/ccm}"
}

# Uses the portal on 8080, or starts WildFly with the built WAR under .ccm/bench/wildfly (its PID
# in WF_PID, stopped by bench_stop_server).
bench_server_up() {
  if curl -fsS -o /dev/null http://localhost:8080/health/ready 2>/dev/null; then
    echo "using the portal already running on 8080"
    return 0
  fi
  [ -f "$WAR" ] && [ -d "$SERVER" ] || { echo "build first: mvn install" >&2; return 1; }
  rm -rf "$BASE"; mkdir -p "$(dirname "$BASE")"; cp -r "$SERVER/standalone" "$BASE"
  cp "$WAR" "$BASE/deployments/portal-web.war"
  echo "starting WildFly (log: $BASE/log/server.log)"
  LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true" \
    "$SERVER/ccm/start-portal.sh" -Djboss.server.base.dir="$BASE" >"$ROOT/.ccm/bench/wildfly.out" 2>&1 &
  WF_PID=$!
  for _ in $(seq 1 240); do
    [ -f "$BASE/deployments/portal-web.war.deployed" ] && break
    if [ -f "$BASE/deployments/portal-web.war.failed" ]; then
      echo "deployment failed: $(cat "$BASE/deployments/portal-web.war.failed")" >&2
      return 1
    fi
    sleep 1
  done
  for _ in $(seq 1 60); do curl -fsS -o /dev/null http://localhost:8080/health/ready && return 0; sleep 1; done
  echo "the portal did not become ready" >&2
  return 1
}

bench_stop_server() {
  if [ -n "$WF_PID" ]; then kill "$WF_PID" 2>/dev/null || true; wait "$WF_PID" 2>/dev/null || true; fi
  WF_PID=""
}

# CP: portal-web's test classpath (compiled first).
bench_portal_classpath() {
  local file
  file="$(mktemp)"
  mvn -o -q -pl portal-web -Dspotless.check.skip=true test-compile
  mvn -o -q -pl portal-web -Dspotless.check.skip=true dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$file"
  CP="portal-web/target/test-classes:portal-web/target/classes:$(cat "$file")"
  rm -f "$file"
}

# --- Ceph RGW, the S3 server for long runs (BENCH_S3=rgw) ---
# S3Mock, the test stack's S3 server, reads and rewrites a bucket's whole key index on every
# request, so its requests slow down as a bucket fills; a run of 100,000 documents would take more
# than a day on it. Ceph's RADOS Gateway is a production S3 server with object lock (COMPLIANCE
# retention, legal holds) and comes from Debian's packages. bench_rgw_up installs it when missing
# (as root), starts a one-node cluster under .ccm/bench/rgw (a monitor, one OSD on a sparse
# bluestore file, no cephx: loopback only) and RGW on 127.0.0.1:${BENCH_RGW_PORT:-7480}, and points
# the portal at it (CCM_S3_*). bench_rgw_down stops exactly those processes. Demo keys only.
RGW_DIR="$ROOT/.ccm/bench/rgw"

bench_rgw_up() {
  local pkg missing=() port="${BENCH_RGW_PORT:-7480}" fsid osd_uuid c
  for pkg in ceph-mon ceph-osd radosgw ceph-common; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "BENCH_S3=rgw needs: sudo apt-get install --no-install-recommends ${missing[*]}" >&2; return 1; }
    echo "installing Debian packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  bench_rgw_down
  rm -rf "$RGW_DIR"
  mkdir -p "$RGW_DIR"/{run,log,mon,osd/ceph-0,rgw}
  fsid="$(cat /proc/sys/kernel/random/uuid)"
  cat >"$RGW_DIR/ceph.conf" <<CONF
[global]
fsid = $fsid
mon host = v2:127.0.0.1:${BENCH_RGW_MON_PORT:-3300}
auth cluster required = none
auth service required = none
auth client required = none
ms bind ipv6 = false
ms mon client mode = crc secure
public network = 127.0.0.0/8
run dir = $RGW_DIR/run
admin socket = $RGW_DIR/run/\$name.asok
log file = $RGW_DIR/log/\$name.log
pid file = $RGW_DIR/run/\$name.pid
debug ms = 0/0
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
mon allow pool size one = true
mon max pg per osd = 1000
mon warn on pool no redundancy = false
mon data avail warn = 5
osd crush chooseleaf type = 0
[mon]
mon data = $RGW_DIR/mon/\$cluster-\$id
[osd]
osd data = $RGW_DIR/osd/\$cluster-\$id
osd objectstore = bluestore
bluestore block path = $RGW_DIR/osd/\$cluster-\$id.block
bluestore block create = true
bluestore block size = ${BENCH_RGW_DISK_BYTES:-107374182400}
bluestore fsck on mount = false
osd memory target = 2147483648
[client.rgw]
rgw frontends = beast endpoint=127.0.0.1:$port
rgw data = $RGW_DIR/rgw
rgw enable ops log = false
debug rgw = 0/0
CONF
  c=(-c "$RGW_DIR/ceph.conf")
  monmaptool --create --addv a "[v2:127.0.0.1:${BENCH_RGW_MON_PORT:-3300}]" --fsid "$fsid" \
    "$RGW_DIR/monmap" >/dev/null
  ceph-mon "${c[@]}" --mkfs -i a --monmap "$RGW_DIR/monmap" 2>>"$RGW_DIR/log/setup.log"
  ceph-mon "${c[@]}" -i a
  osd_uuid="$(cat /proc/sys/kernel/random/uuid)"
  ceph "${c[@]}" --connect-timeout 60 osd new "$osd_uuid" >/dev/null
  ceph-osd "${c[@]}" -i 0 --mkfs --osd-uuid "$osd_uuid" 2>>"$RGW_DIR/log/setup.log"
  ceph-osd "${c[@]}" -i 0 2>>"$RGW_DIR/log/setup.log"
  ceph "${c[@]}" osd crush add-bucket localhost host >/dev/null 2>&1
  ceph "${c[@]}" osd crush move localhost root=default >/dev/null 2>&1
  ceph "${c[@]}" osd crush add osd.0 1.0 host=localhost >/dev/null 2>&1
  radosgw "${c[@]}" -n client.rgw
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
    sleep 1
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" || { echo "RGW did not start: $RGW_DIR/log" >&2; return 1; }
  # demo keys for this local, loopback-only server
  radosgw-admin "${c[@]}" user create --uid=ccm-bench --display-name="CCM bench" \
    --access-key=ccm-bench-access --secret=ccm-bench-demo-secret >/dev/null
  export CCM_S3_ENDPOINT="http://127.0.0.1:$port" CCM_S3_REGION=default
  export CCM_S3_ACCESS_KEY=ccm-bench-access CCM_S3_SECRET_KEY=ccm-bench-demo-secret
  echo "S3 server: Ceph RGW $(ceph --version | awk '{print $3}') on $CCM_S3_ENDPOINT (logs: $RGW_DIR/log)"
}

bench_rgw_down() {
  local name pid
  for name in client.rgw osd.0 mon.a; do
    pid="$(cat "$RGW_DIR/run/$name.pid" 2>/dev/null)" || continue
    grep -qE '^(radosgw|ceph-osd|ceph-mon)' "/proc/$pid/comm" 2>/dev/null || continue
    kill "$pid" 2>/dev/null || continue
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  return 0
}

# Runs a benchmark main of portal-web's tests (java arguments: -D options, then the class) against
# the portal on 8080, starting WildFly with the built WAR when none answers, on Ceph RGW when
# BENCH_S3=rgw; stops what it started when the script ends.
bench_portal_main() {
  bench_db_env
  bench_services_up || { echo "the test services are not running: ./ccm services" >&2; return 1; }
  trap 'bench_stop_server; bench_rgw_down' EXIT
  if [ "${BENCH_S3:-}" = rgw ]; then bench_rgw_up; fi
  bench_server_up
  bench_portal_classpath
  java -cp "$CP" "$@"
}
