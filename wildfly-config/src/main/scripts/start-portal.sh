#!/usr/bin/env bash
# Starts the provisioned WildFly server of CCM Portal.
#
#   start-portal.sh [standalone.sh args...]   decrypt ENC(...) settings, then exec standalone.sh
#   start-portal.sh --check-secrets           only decrypt them and report how many (for tests)
#
# Every environment variable whose value is ENC(base64) is decrypted with jasypt
# (PBEWITHHMACSHA512ANDAES_256, random IV) and the master key from CCM_MASTER_KEY, and exported
# in plain before the server starts. That covers WildFly's own settings (datasource password,
# OIDC client secret: ${env.X} expressions) as well as the application's (System.getenv).
# Encrypt a value with encrypt-secret.sh next to this script.
#
# Exit status 2 when a value cannot be decrypted (master key missing or wrong, damaged value);
# the message names the variable, never a value. This script never prints a secret.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
JBOSS_HOME=$(cd "$here/.." && pwd)
export JBOSS_HOME
JASYPT_JAR="$here/jasypt.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

fail() {
  printf 'start-portal.sh: %s\n' "$*" >&2
  exit 2
}

# Quotes one argument for a java @argfile (so the master key never appears in a command line).
argfile_quote() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  printf '"%s"\n' "$s"
}

# True when a decrypted value looks like text. AES-CBC has no integrity check: a wrong key gives
# a padding error almost always, but about one time in 256 it yields random bytes instead.
plausible_text() {
  local LC_ALL=C
  [ -n "$1" ] || return 1
  [[ $1 != *$'\xef\xbf\xbd'* ]] || return 1 # U+FFFD: bytes that were not UTF-8
  [[ $1 != *[$'\x01'-$'\x08'$'\x0b'-$'\x1f'$'\x7f']* ]] || return 1
}

# decrypt CIPHERTEXT: prints the plain value on stdout, returns 1 when decryption failed.
decrypt() {
  local out rc=0
  out=$(LC_ALL=C.UTF-8 "$JAVA" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m \
    -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -cp "$JASYPT_JAR" @<(
      printf '%s\n' org.jasypt.intf.cli.JasyptPBEStringDecryptionCLI verbose=false
      argfile_quote "input=$1"
      argfile_quote "password=$CCM_MASTER_KEY"
      printf '%s\n' algorithm=PBEWITHHMACSHA512ANDAES_256 ivGeneratorClassName=org.jasypt.iv.RandomIvGenerator
    ) 2>/dev/null) || rc=$?
  # The jasypt CLI exits 0 even when it fails: it then prints nothing on stdout.
  [ "$rc" -eq 0 ] && plausible_text "$out" || return 1
  printf '%s' "$out"
}

decrypt_environment() {
  local name value plain count=0
  local -a failed=() encrypted=()
  local LC_ALL=C
  for name in $(compgen -e); do
    [ "$name" = CCM_MASTER_KEY ] && continue
    value=${!name-}
    [[ $value =~ ^ENC\((.*)\)$ ]] && encrypted+=("$name")
  done
  if [ ${#encrypted[@]} -gt 0 ]; then
    [ -n "${CCM_MASTER_KEY:-}" ] ||
      fail "CCM_MASTER_KEY is not set; cannot decrypt ${encrypted[*]}"
    [[ $CCM_MASTER_KEY != *[^\ -~]* ]] ||
      fail "CCM_MASTER_KEY must be printable ASCII (jasypt PBE); cannot decrypt ${encrypted[*]}"
    [ -r "$JASYPT_JAR" ] || fail "$JASYPT_JAR is missing; cannot decrypt ${encrypted[*]}"
  fi
  for name in "${encrypted[@]}"; do
    value=${!name-}
    [[ $value =~ ^ENC\((.*)\)$ ]]
    if plain=$(decrypt "${BASH_REMATCH[1]}"); then
      export "$name=$plain"
      count=$((count + 1))
    else
      failed+=("$name")
    fi
  done
  plain=
  value=
  [ ${#failed[@]} -eq 0 ] ||
    fail "cannot decrypt ${failed[*]} (wrong CCM_MASTER_KEY, or not a value made by encrypt-secret.sh)"
  DECRYPTED=$count
}

DECRYPTED=0
decrypt_environment

if [ "${1:-}" = --check-secrets ]; then
  echo "$DECRYPTED secrets decrypted"
  exit 0
fi

exec "$JBOSS_HOME/bin/standalone.sh" "$@"
