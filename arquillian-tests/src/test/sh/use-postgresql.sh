#!/usr/bin/env bash
# Points NosDS of a server base directory at PostgreSQL with wildfly-config's datasource-postgresql.cli, and
# empties the test database. Used by the "postgresql" profile of the Arquillian tests.
#   use-postgresql.sh SERVER_HOME BASE_DIR CLI_SCRIPT
set -euo pipefail
server_home=$1 base_dir=$2 cli_script=$3
# a new chain for every run: drop every NOS table (blocks, transactions, state, trie nodes, pool)
psql "${NOS_TEST_PSQL_URL:-postgresql://nos:nos@localhost:5432/nos}" -q -c "DO \$\$ DECLARE t text; BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'nos\\_%' LOOP
    EXECUTE 'DROP TABLE ' || quote_ident(t) || ' CASCADE';
  END LOOP; END \$\$;"
wrapped=$(mktemp)
{ echo "embed-server --server-config=standalone.xml --std-out=discard"; cat "$cli_script"; echo "stop-embedded-server"; } > "$wrapped"
JAVA_OPTS="-Djboss.server.base.dir=$base_dir" "$server_home/bin/jboss-cli.sh" --file="$wrapped" > /dev/null
rm -f "$wrapped"
grep -q 'driver>postgresql<' "$base_dir/configuration/standalone.xml"
