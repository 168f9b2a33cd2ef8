#!/usr/bin/env bash
# Up/down benchmark: the same reference stack (compose.yaml) with stack:up/stack:down and with docker-compose v1
# (up -d, then polling until every service is healthy/running/completed, as stack:up waits; down), in one run.
# Prints each median and the ratios. Needs the plugin installed: ./mvnw -B install -DskipITs (from the root).
#   bench/stack/run.sh            5 rounds each
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
rounds=5
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { awk -v v="$1" 'BEGIN { if (v ~ /ms$/) { sub(/ms$/, "", v); print v/1000 } else if (v ~ /m/) { split(v, p, "m"); sub(/s$/, "", p[2]); print p[1]*60 + p[2] } else { sub(/s$/, "", v); print v } }'; }
now() { date +%s.%N; }

docker pull -q busybox:latest > /dev/null 2>&1 || true   # present from the engine script; no pull in the timings

echo "== stack-maven-plugin: $rounds x (up, down) in one Maven run"
"$root/mvnw" -B -f pom.xml validate > target-bench.log 2>&1 || { tail -40 target-bench.log; exit 1; }
ours_up=$(grep -o 'is up in [0-9.]*m\?s[0-9.]*s\?' target-bench.log | awk '{print $4}' | while read -r v; do seconds "$v"; done)
ours_down=$(grep -o 'container(s)) in [0-9.]*m\?s[0-9.]*s\?' target-bench.log | awk '{print $3}' | while read -r v; do seconds "$v"; done)
[ "$(echo "$ours_up" | wc -l)" -eq "$rounds" ] || { echo "expected $rounds ups"; tail -40 target-bench.log; exit 1; }

echo "== docker-compose $(docker-compose version --short): $rounds x (up -d + wait, down)"
ready() {   # every container running (healthy where it has a check) or exited 0
  local p=$1
  for id in $(docker ps -aq --filter "label=com.docker.compose.project=$p"); do
    s=$(docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$id")
    case "$s" in
      "running 0 healthy"|"running 0 "|"exited 0"*) ;;
      *) return 1 ;;
    esac
  done
  [ "$(docker ps -aq --filter "label=com.docker.compose.project=$p" | wc -l)" -eq 6 ]
}
compose_up=""; compose_down=""
for i in $(seq "$rounds"); do
  p="benchcompose$i"
  t0=$(now); docker-compose -p "$p" -f compose.yaml up -d > /dev/null 2>&1
  until ready "$p"; do sleep 0.1; done
  t1=$(now); docker-compose -p "$p" -f compose.yaml down -v > /dev/null 2>&1; t2=$(now)
  compose_up+=$(echo "$t1 - $t0" | bc)$'\n'; compose_down+=$(echo "$t2 - $t1" | bc)$'\n'
done

mu=$(echo "$ours_up" | median); md=$(echo "$ours_down" | median)
cu=$(printf '%s' "$compose_up" | median); cd=$(printf '%s' "$compose_down" | median)
printf '\n%-28s %10s %10s\n' "median seconds" "up" "down"
printf '%-28s %10.2f %10.2f\n' "stack-maven-plugin" "$mu" "$md"
printf '%-28s %10.2f %10.2f\n' "docker-compose (v1)" "$cu" "$cd"
printf '%-28s %10.2f %10.2f\n' "ratio plugin / compose" "$(echo "$mu / $cu" | bc -l)" "$(echo "$md / $cd" | bc -l)"
rm -f target-bench.log
