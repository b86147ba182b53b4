#!/usr/bin/env bash
# Runs ../shared/bench/run-suite.sh against a fresh NOS and a fresh anvil (the peer the issue names), at the same
# block gas limit and with 2-second blocks, and prints each measure side by side with the ratio NOS/anvil.
#
#   GAS_LIMITS="30000000 300000000"   the block gas limits, each with a new NOS chain and a new anvil
#   ROUNDS=2                          suite runs per peer and gas limit, NOS first in each round
#
# Needs ../shared/bench beside the repo, node and npm. Installs what it lacks: the bench's npm packages (in a copy
# under bench/target), anvil 1.7.1 from npm, and wrk from Debian's packages. Uses ports 8080 and 9990 (NOS) and
# 18545 (anvil): stop any node on them first. Raw results stay in bench/target/results.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED_BENCH=$(cd "$ROOT/../shared/bench" && pwd)
WORK="$ROOT/bench/target"
GAS_LIMITS=${GAS_LIMITS:-30000000 300000000}
ROUNDS=${ROUNDS:-2}
NOS_URL=http://127.0.0.1:8080/rpc
ANVIL_PORT=18545
ANVIL_URL=http://127.0.0.1:$ANVIL_PORT

mkdir -p "$WORK/suite" "$WORK/peers" "$WORK/results"
tar -C "$SHARED_BENCH" -cf - --exclude ./node_modules --exclude ./peers . | tar -C "$WORK/suite" -xf -
[ -d "$WORK/suite/node_modules/ethers" ] || (cd "$WORK/suite" && npm install --no-audit --no-fund --silent)
ANVIL="$WORK/peers/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
if [ ! -x "$ANVIL" ]; then
  (cd "$WORK/peers" && { [ -f package.json ] || npm init -y > /dev/null; } \
    && npm install --no-audit --no-fund --silent @foundry-rs/anvil@1.7.1 @foundry-rs/anvil-linux-amd64@1.7.1)
fi
command -v wrk > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null; }
echo "==> Building NOS"
mvn -B -q -ntp install -Dmaven.test.skip=true

NOS_PID=""
ANVIL_PID=""
stop_peers() {
  for pid in $NOS_PID $ANVIL_PID; do
    kill -TERM -- "-$pid" 2> /dev/null || true
    for _ in $(seq 60); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2> /dev/null || true
  done
  NOS_PID=""
  ANVIL_PID=""
}
trap stop_peers EXIT

answers() {
  curl -s -m 2 -H 'content-type: application/json' \
    -d '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' "$1" 2> /dev/null | grep -q '"result"'
}

for gas in $GAS_LIMITS; do
  data="$WORK/data-$gas"
  rm -rf "$data"
  echo "==> Gas limit $gas: starting a new NOS chain and a new anvil"
  NOS_SKIP_BUILD=1 NOS_GAS_LIMIT=$gas NOS_DATA_DIR="$data" setsid ./nos.sh > "$WORK/nos-$gas.log" 2>&1 &
  NOS_PID=$!
  setsid "$ANVIL" --port $ANVIL_PORT --block-time 2 --gas-limit "$gas" > "$WORK/anvil-$gas.log" 2>&1 &
  ANVIL_PID=$!
  for _ in $(seq 240); do answers $NOS_URL && answers $ANVIL_URL && break; sleep 0.5; done
  answers $NOS_URL || { echo "NOS did not answer: see $WORK/nos-$gas.log" >&2; exit 1; }
  answers $ANVIL_URL || { echo "anvil did not answer: see $WORK/anvil-$gas.log" >&2; exit 1; }
  for round in $(seq "$ROUNDS"); do
    for peer in nos anvil; do
      url=$NOS_URL
      [ $peer = anvil ] && url=$ANVIL_URL
      echo "    round $round: $peer"
      "$WORK/suite/run-suite.sh" "$url" > "$WORK/results/$gas-$peer-$round.txt" 2>&1
    done
  done
  stop_peers
done

node "$ROOT/bench/ratio-table.js" "$WORK/results" $GAS_LIMITS
