#!/usr/bin/env bash
# Builds target/server from the WildFly dist zip, the PostgreSQL module, the CLI scripts and the
# launcher in ccm/ (start-portal.sh, encrypt-secret.sh, jasypt.jar).
# Skips the work when nothing it depends on changed since the last build (a fingerprint file).
set -euo pipefail
parts=$1
server=$2
here=$(cd "$(dirname "$0")/.." && pwd)

fingerprint=$( (ls -l "$parts"; cat "$here"/cli/*.cli "$here"/modules/org/postgresql/main/module.xml "$0" \
  "$here"/scripts/start-portal.sh "$here"/scripts/encrypt-secret.sh) | sha256sum | cut -d' ' -f1)
if [ -f "$server/.ccm-fingerprint" ] && [ "$(cat "$server/.ccm-fingerprint")" = "$fingerprint" ]; then
  echo "[wildfly-config] server up to date: $server"
  exit 0
fi

echo "[wildfly-config] building server in $server"
rm -rf "$server" "$server.tmp"
mkdir -p "$server.tmp"
unzip -q "$parts/wildfly-dist.zip" -d "$server.tmp"
mv "$server.tmp"/wildfly-* "$server"
rmdir "$server.tmp"

mod="$server/modules/org/postgresql/main"
mkdir -p "$mod"
cp "$here/modules/org/postgresql/main/module.xml" "$mod/"
cp "$parts/postgresql.jar" "$mod/postgresql.jar"

# The launcher (decrypts ENC(...) settings, then runs standalone.sh), its encryption helper and jasypt
mkdir -p "$server/ccm"
cp "$parts/jasypt.jar" "$server/ccm/jasypt.jar"
cp "$here/scripts/start-portal.sh" "$here/scripts/encrypt-secret.sh" "$server/ccm/"
chmod 755 "$server/ccm/start-portal.sh" "$server/ccm/encrypt-secret.sh"

for script in "$here"/cli/*.cli; do
  echo "[wildfly-config] applying $(basename "$script")"
  JAVA_OPTS="-Xmx256m" "$server/bin/jboss-cli.sh" --file="$script" >"$server/cli-$(basename "$script").log" 2>&1 || {
    cat "$server/cli-$(basename "$script").log"
    exit 1
  }
done
echo "$fingerprint" >"$server/.ccm-fingerprint"
echo "[wildfly-config] server ready: $server"
