#!/usr/bin/env bash
# Points NosDS of a server base directory at PostgreSQL with wildfly-config's datasource-postgresql.cli, and
# empties the test database. Used by the "postgresql" profile of the Arquillian tests.
#   use-postgresql.sh SERVER_HOME BASE_DIR CLI_SCRIPT
set -euo pipefail
server_home=$1 base_dir=$2 cli_script=$3
psql "${NOS_TEST_PSQL_URL:-postgresql://nos:nos@localhost:5432/nos}" -q -c 'DROP TABLE IF EXISTS nos_block'
wrapped=$(mktemp)
{ echo "embed-server --server-config=standalone.xml --std-out=discard"; cat "$cli_script"; echo "stop-embedded-server"; } > "$wrapped"
JAVA_OPTS="-Djboss.server.base.dir=$base_dir" "$server_home/bin/jboss-cli.sh" --file="$wrapped" > /dev/null
rm -f "$wrapped"
grep -q 'driver>postgresql<' "$base_dir/configuration/standalone.xml"
