#!/usr/bin/env bash
# Up/down benchmark: the same reference stack (compose.yaml), in one run:
#   - stack:up/stack:down, two ways: warm (5 rounds inside one Maven run, each goal's own time, as inside mvn verify)
#     and cold (a separate `mvn stack:up` / `mvn stack:down` per round, wall clock net of `mvn validate` of an empty
#     project: what a developer typing the goal waits for beyond Maven's own start; up keeps the test stack
#     running past its build, with -Dstack.keepRunning=true, for the separate down);
#   - docker compose v2 (`up -d --wait`, then until every service is healthy/running/completed, as stack:up waits;
#     `down -v`), the reference; and docker-compose v1 (`up -d` + the same polling; `down -v`) for comparison.
# Prints each median, the ratios and the plugin's own time per goal (stack.timing: the goal minus its waits for the
# engine and the containers; cold: net wall clock minus those waits). Needs the plugin installed: ./mvnw -B install -DskipITs (from the root).
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
"$root/mvnw" -B -f pom.xml validate -Dstack.timing=true > target-bench.log 2>&1 || { tail -40 target-bench.log; exit 1; }
ours_up=$(grep -o 'is up in [0-9.]*m\?s[0-9.]*s\?' target-bench.log | awk '{print $4}' | while read -r v; do seconds "$v"; done)
ours_down=$(grep -o 'container(s)) in [0-9.]*m\?s[0-9.]*s\?' target-bench.log | awk '{print $3}' | while read -r v; do seconds "$v"; done)
# the plugin's own time per goal: the goal's time minus its waits for the engine and the containers (stack.timing)
own() { grep "Timing of stack:$1:" "$2" | sed 's/.*, \([0-9]*\) ms the plugin.s own.*/\1/' | awk '{print $1/1000}'; }
engine_wait() { grep "Timing of stack:$1:" "$2" | sed 's/.* ms in the goal, \([0-9]*\) ms of it waiting.*/\1/' | awk '{print $1/1000}'; }
own_up=$(own up target-bench.log); own_down=$(own down target-bench.log)
[ "$(echo "$ours_up" | wc -l)" -eq "$rounds" ] || { echo "expected $rounds ups"; tail -40 target-bench.log; exit 1; }

plugin="io.github.stackmaven:stack-maven-plugin:$(sed -n 's:.*<stack.version>\(.*\)</stack.version>.*:\1:p' pom.xml)"
mkdir -p target-empty
printf '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>b</groupId><artifactId>empty</artifactId><version>1</version><packaging>pom</packaging></project>\n' > target-empty/pom.xml
echo "== stack-maven-plugin cold: $rounds x (mvn stack:up, mvn stack:down), net of mvn validate"
cold_up=""; cold_down=""; mvn_start=""; cold_own_up=""; cold_own_down=""
for i in $(seq "$rounds"); do
  t0=$(now); "$root/mvnw" -B -q -f target-empty/pom.xml validate > /dev/null 2>&1; t1=$(now)
  "$root/mvnw" -B -f pom.xml "$plugin:up" -Dstack.keepRunning=true -Dstack.timing=true > target-cold-up.log 2>&1 || { tail -40 target-cold-up.log; exit 1; }; t2=$(now)
  "$root/mvnw" -B -f pom.xml "$plugin:down" -Dstack.timing=true > target-cold-down.log 2>&1 || { tail -40 target-cold-down.log; exit 1; }; t3=$(now)
  mvn_start+=$(echo "$t1 - $t0" | bc)$'\n'
  cold_up+=$(echo "$t2 - $t1 - ($t1 - $t0)" | bc)$'\n'; cold_down+=$(echo "$t3 - $t2 - ($t1 - $t0)" | bc)$'\n'
  # cold overhead: everything beyond mvn validate except the waits for the engine (plugin resolution and loading too)
  cold_own_up+=$(echo "$t2 - $t1 - ($t1 - $t0) - $(engine_wait up target-cold-up.log)" | bc)$'\n'
  cold_own_down+=$(echo "$t3 - $t2 - ($t1 - $t0) - $(engine_wait down target-cold-down.log)" | bc)$'\n'
done

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

echo "== docker compose $(docker compose version --short) (v2): $rounds x (up -d --wait, down -v)"
v2_up=""; v2_down=""
for i in $(seq "$rounds"); do
  p="benchcomposev2$i"
  # --wait fails when a one-shot has exited (docker/compose#10596): its time still counts, then the same check
  t0=$(now); docker compose -p "$p" -f compose.yaml up -d --wait > /dev/null 2>&1 || true
  until ready "$p"; do sleep 0.1; done
  t1=$(now); docker compose -p "$p" -f compose.yaml down -v > /dev/null 2>&1; t2=$(now)
  v2_up+=$(echo "$t1 - $t0" | bc)$'\n'; v2_down+=$(echo "$t2 - $t1" | bc)$'\n'
done

echo "== docker-compose $(docker-compose version --short): $rounds x (up -d + wait, down)"
compose_up=""; compose_down=""
for i in $(seq "$rounds"); do
  p="benchcompose$i"
  t0=$(now); docker-compose -p "$p" -f compose.yaml up -d > /dev/null 2>&1
  until ready "$p"; do sleep 0.1; done
  t1=$(now); docker-compose -p "$p" -f compose.yaml down -v > /dev/null 2>&1; t2=$(now)
  compose_up+=$(echo "$t1 - $t0" | bc)$'\n'; compose_down+=$(echo "$t2 - $t1" | bc)$'\n'
done

mu=$(echo "$ours_up" | median); md=$(echo "$ours_down" | median)
ku=$(printf '%s' "$cold_up" | median); kd=$(printf '%s' "$cold_down" | median); ms=$(printf '%s' "$mvn_start" | median)
vu=$(printf '%s' "$v2_up" | median); vd=$(printf '%s' "$v2_down" | median)
cu=$(printf '%s' "$compose_up" | median); cd=$(printf '%s' "$compose_down" | median)
printf '\n%-36s %10s %10s\n' "median seconds" "up" "down"
printf '%-36s %10.2f %10.2f\n' "stack-maven-plugin, warm (goal only)" "$mu" "$md"
printf '%-36s %10.2f %10.2f\n' "stack-maven-plugin, cold (net)" "$ku" "$kd"
printf '%-36s %10.2f %10.2f\n' "docker compose (v2)" "$vu" "$vd"
printf '%-36s %10.2f %10.2f\n' "docker-compose (v1)" "$cu" "$cd"
printf '%-36s %10.2f %10.2f\n' "ratio warm / v2" "$(echo "$mu / $vu" | bc -l)" "$(echo "$md / $vd" | bc -l)"
printf '%-36s %10.2f %10.2f\n' "ratio cold / v2" "$(echo "$ku / $vu" | bc -l)" "$(echo "$kd / $vd" | bc -l)"
printf '%-36s %10.2f %10.2f\n' "ratio warm / v1" "$(echo "$mu / $cu" | bc -l)" "$(echo "$md / $cd" | bc -l)"
printf '(mvn validate of an empty project, subtracted from the cold figures: %.2f s)\n' "$ms"
printf '\n%-36s %10s %10s\n' "plugin overhead per goal, median s" "up" "down"
printf '%-36s %10.2f %10.2f\n' "warm: goal minus engine waits" "$(echo "$own_up" | median)" "$(echo "$own_down" | median)"
printf '%-36s %10.2f %10.2f\n' "cold: net wall minus engine waits" "$(printf '%s' "$cold_own_up" | median)" "$(printf '%s' "$cold_own_down" | median)"
rm -rf target-bench.log target-cold-up.log target-cold-down.log target-empty
