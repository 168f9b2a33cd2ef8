#!/usr/bin/env bash
# IT harness: remove every container, network and volume carrying the IT session's label, failed IT or not.
#   engine-sweep.sh <label=value> <leak-file>   remove and record what was left (never fails)
#   engine-sweep.sh --check <leak-file>         fail when the first call recorded anything
set -u
if [ "$1" = "--check" ]; then
  if [ -s "$2" ]; then
    echo "[ERROR] The integration tests left resources on the engine (removed now, listed in $2):" >&2
    sed 's/^/[ERROR]   /' "$2" >&2
    exit 1
  fi
  echo "[INFO] The integration tests left nothing on the engine."
  exit 0
fi
label=$1 leaks=$2
: > "$leaks"
for c in $(docker ps -aq --filter "label=$label"); do
  echo "container $(docker inspect -f '{{.Name}} ({{index .Config.Labels "com.docker.compose.project"}})' "$c")" >> "$leaks"
  docker rm -f -v "$c" > /dev/null
done
for n in $(docker network ls -q --filter "label=$label"); do
  echo "network $(docker network inspect -f '{{.Name}}' "$n")" >> "$leaks"
  docker network rm "$n" > /dev/null
done
for v in $(docker volume ls -q --filter "label=$label"); do
  echo "volume $v" >> "$leaks"
  docker volume rm -f "$v" > /dev/null
done
exit 0
