#!/bin/bash
# Records the classes the first requests load after the server starts listening, into the list the
# warm-up thread preloads (src/main/resources/META-INF/commsim/warmup-classes.txt). Run it after changes
# to the request path, from the project root, on a built fat jar:
#   mvn -B -q -pl simulator -am package -DskipTests && simulator/src/build/record-warmup-classes.sh
# A stale list only costs startup speed: the warm-up skips names that no longer exist.
set -euo pipefail
jar=simulator/target/commsim-simulator-0.1.0-SNAPSHOT-all.jar
out=simulator/src/main/resources/META-INF/commsim/warmup-classes.txt
log=$(mktemp)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xlog:class+load:file="$log" -Dcommsim.warmup.preload=false -jar "$jar" --port "$port" > /dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 200); do
  curl -s -o /dev/null -H 'Authorization: Bearer warm' "http://127.0.0.1:$port/health" && break
  sleep 0.02
done
# The first answers of both dialects: a list, a refusal, a bad body, a Z-API call.
curl -s -o /dev/null -H 'Authorization: Bearer warm' "http://127.0.0.1:$port/groups"
curl -s -o /dev/null -H 'Authorization: Bearer warm' "http://127.0.0.1:$port/groups/120363000000000001@g.us"
curl -s -o /dev/null -X POST -H 'Authorization: Bearer warm' -H 'Content-Type: application/json' \
  -d '{"subject":"warm","participants":["15550000001"]}' "http://127.0.0.1:$port/groups"
curl -s -o /dev/null -X POST -H 'Authorization: Bearer warm' -H 'Content-Type: application/json' -d '{' \
  "http://127.0.0.1:$port/messages/text"
curl -s -o /dev/null "http://127.0.0.1:$port/instances/warm/token/warm/chats"
sleep 0.2
# Everything loaded once our main starts, in order, but the command line's own parser (the main thread
# loads it first thing), hidden classes (lambdas, proxies) and classes already in the JDK's shared archive.
# The warm-up's preload is off while recording, so the list is what the server needs, not the last list.
awk '/dev.commsim.simulator.server.Main /{on=1} on' "$log" \
  | grep -v 'shared objects file' | awk '{print $2}' \
  | grep -vE '^picocli\.|\$\$Lambda|LambdaForm|\$Proxy|^jdk\.internal\.reflect\.Generated|/0x' \
  | awk '!seen[$0]++' > "$out"
echo "$(wc -l < "$out") classes in $out"
