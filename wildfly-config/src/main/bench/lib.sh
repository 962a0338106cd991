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
