#!/usr/bin/env bash
# Encrypts a secret for CCM Portal's settings: prints ENC(...), which start-portal.sh decrypts.
#
#   CCM_MASTER_KEY=... encrypt-secret.sh VALUE
#   CCM_MASTER_KEY=... encrypt-secret.sh - < file     (value from stdin: stays out of the
#                                                       shell history and the process list)
#
# jasypt PBEWITHHMACSHA512ANDAES_256 with a random IV (and salt): the same value gives a
# different ENC(...) every time; any of them decrypts with the same master key.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
JASYPT_JAR="$here/jasypt.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

fail() {
  printf 'encrypt-secret.sh: %s\n' "$*" >&2
  exit 2
}

# Quotes one argument for a java @argfile (so neither value nor key appears in a command line).
argfile_quote() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  printf '"%s"\n' "$s"
}

[ $# -eq 1 ] || fail "usage: CCM_MASTER_KEY=... $(basename "$0") VALUE   (or - to read the value from stdin)"
if [ "$1" = - ]; then
  value=$(cat)
else
  value=$1
fi
[ -n "$value" ] || fail "the value is empty"
[ -n "${CCM_MASTER_KEY:-}" ] || fail "CCM_MASTER_KEY is not set"
LC_ALL=C
[[ $CCM_MASTER_KEY != *[^\ -~]* ]] || fail "CCM_MASTER_KEY must be printable ASCII (jasypt PBE)"
[ -r "$JASYPT_JAR" ] || fail "$JASYPT_JAR is missing"

rc=0
out=$(LC_ALL=C.UTF-8 "$JAVA" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m \
  -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -cp "$JASYPT_JAR" @<(
    printf '%s\n' org.jasypt.intf.cli.JasyptPBEStringEncryptionCLI verbose=false
    argfile_quote "input=$value"
    argfile_quote "password=$CCM_MASTER_KEY"
    printf '%s\n' algorithm=PBEWITHHMACSHA512ANDAES_256 ivGeneratorClassName=org.jasypt.iv.RandomIvGenerator
  ) 2>/dev/null) || rc=$?
# The jasypt CLI exits 0 even when it fails: it then prints nothing on stdout.
[ "$rc" -eq 0 ] && [[ $out =~ ^[A-Za-z0-9+/=]+$ ]] || fail "encryption failed"
printf 'ENC(%s)\n' "$out"
