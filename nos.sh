#!/usr/bin/env bash
# Runs a NOS node in the foreground: builds the project, provisions WildFly (wildfly-config/target/server),
# deploys ear/target/nos.ear and starts the server with its log on the console. Ctrl-C stops it.
#
# The chain lives in the data directory, NOS_DATA_DIR (default ./data), which is the server's data
# directory: the H2 database, WildFly's deployment content and transaction logs. `mvn clean` leaves it alone;
# running this script again continues the same chain. Delete the directory to start a new chain.
#
#   NOS_SKIP_BUILD=1   start the server built last time without running Maven
#   NOS_DB=postgresql  use PostgreSQL (NOS_DB_URL, NOS_DB_USER, NOS_DB_PASSWORD; see the README)
#   NOS_JVM_OPTIONS    the JVM's heap and JIT options, added to WildFly's own (see the README's server settings)
#   any arguments      are passed to standalone.sh, e.g. ./nos.sh -b 0.0.0.0 to listen on every interface
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
SERVER="$ROOT/wildfly-config/target/server"
DATA_DIR="${NOS_DATA_DIR:-$ROOT/data}"

mkdir -p "$DATA_DIR"
# One node per data directory: two servers writing one H2 file can corrupt it. The server inherits the lock's file
# descriptor, so the lock is held until it exits.
exec 9>"$DATA_DIR/nos.lock"
if ! flock -n 9; then
  echo "Another NOS node is running on the data directory $DATA_DIR: stop it first, or set NOS_DATA_DIR" >&2
  exit 1
fi

if [ "${NOS_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$ROOT/ear/target/nos.ear" ] || [ ! -d "$SERVER" ]; then
  echo "==> Building NOS and provisioning WildFly (the first run downloads about 200 MB from Maven Central)"
  mvn -B -q -ntp install -Dmaven.test.skip=true
fi

case "${NOS_DB:-h2}" in
  h2) DATASOURCE_SCRIPT="$ROOT/wildfly-config/src/main/cli/datasource-h2.cli" ;;
  postgresql) DATASOURCE_SCRIPT="$ROOT/wildfly-config/src/main/cli/datasource-postgresql.cli" ;;
  *) echo "NOS_DB must be h2 or postgresql, not '$NOS_DB'" >&2; exit 2 ;;
esac
if [ "${NOS_DB:-h2}" = postgresql ] || ! grep -q 'nos-chain;' "$SERVER/standalone/configuration/standalone.xml"; then
  echo "==> Configuring NosDS for ${NOS_DB:-h2}"
  CLI_SCRIPT=$(mktemp)
  { echo "embed-server --server-config=standalone.xml --std-out=discard"; cat "$DATASOURCE_SCRIPT"; echo "stop-embedded-server"; } > "$CLI_SCRIPT"
  "$SERVER/bin/jboss-cli.sh" --file="$CLI_SCRIPT" > /dev/null
  rm -f "$CLI_SCRIPT"
fi

# Management users (bin/add-user.sh) are kept in the data directory, so that rebuilding the server keeps them.
# The provisioned (empty) files are kept as *.dist, the seed of every new data directory.
for users_file in mgmt-users.properties mgmt-groups.properties; do
  server_file="$SERVER/standalone/configuration/$users_file"
  [ -L "$server_file" ] || mv "$server_file" "$server_file.dist"
  [ -f "$DATA_DIR/$users_file" ] || cp "$server_file.dist" "$DATA_DIR/$users_file"
  ln -sfn "$DATA_DIR/$users_file" "$server_file"
done
rm -f "$SERVER"/standalone/deployments/nos.ear*
cp "$ROOT/ear/target/nos.ear" "$SERVER/standalone/deployments/nos.ear"

echo "==> Starting NOS: JSON-RPC on http://localhost:8080/ (also /rpc), health on http://localhost:9990/health"
echo "    data directory $DATA_DIR"
# WildFly's standalone.conf puts JBOSS_JAVA_SIZING (else -Xms64m -Xmx512m) first among its JVM options.
export JBOSS_JAVA_SIZING="${NOS_JVM_OPTIONS:--Xms1g -Xmx2g -XX:FreqInlineSize=150 -XX:InlineSmallCode=1500}"
exec "$SERVER/bin/standalone.sh" -Djboss.server.data.dir="$DATA_DIR" -Dnos.data-dir="$DATA_DIR" "$@"
