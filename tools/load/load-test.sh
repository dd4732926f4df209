#!/usr/bin/env bash
# Load test of the web server from a second process on loopback (wrk, from Debian's packages):
# the coding endpoint (POST /api/code) and the event query endpoint (GET /api/events), each for
# DURATION seconds at CONCURRENCY connections; then oversized and malformed requests, which must
# get 4xx answers, and a health check showing the server is still up.
# Usage: tools/load/load-test.sh CORPUS.jsonl [DURATION=60] [CONCURRENCY=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="$1"; duration="${2:-60}"; conns="${3:-32}"
command -v wrk >/dev/null || { echo "load-test: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
head -2000 "$corpus" > "$work/sample.jsonl"
./marsad ingest --quiet --db "$work/load.db" "$work/sample.jsonl" >&2
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
java -Xmx1g -jar marsad-cli/target/marsad.jar serve --db "$work/load.db" --port "$port" 2>"$work/server.log" &
server=$!
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 1; done
url="http://127.0.0.1:$port"
echo "== POST /api/code, ${duration}s, $conns connections"
wrk -t2 -c"$conns" -d"${duration}s" --latency -s tools/load/code.lua "$url/api/code"
echo "== GET /api/events?limit=50&modality=all, ${duration}s, $conns connections"
wrk -t2 -c"$conns" -d"${duration}s" --latency "$url/api/events?limit=50&modality=all&type=ASSAULT,PROTEST"
echo "== hostile requests (each must be 4xx)"
big="$work/big.json"; python3 -c "print('{\"text\": \"' + 'ن' * 3000000 + '\"}')" > "$big"
for req in "-X POST -H Content-Type:application/json --data-binary @$big $url/api/code" \
           "-X POST -H Content-Type:application/json --data-binary {broken $url/api/code" \
           "-X POST -H Content-Type:application/json --data-binary [] $url/api/code" \
           "$url/api/events?limit=-1" "$url/api/events?from=2024-13-45" "$url/api/events/xyz" \
           "-X DELETE $url/api/events" "$url/api/events?quad=%ff%fe"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' $req || echo 000)"
  echo "$code  $req" | cut -c1-120
done
echo "== still up: $(curl -s "$url/api/health")"
kill "$server"; wait "$server" 2>/dev/null || true
if grep -q "Exception" "$work/server.log"; then echo "server log has exceptions:"; grep -m5 Exception "$work/server.log"; fi
