#!/usr/bin/env bash
# A throwaway sshd on 127.0.0.1 for the ITs that reach the engine over ssh:// (up-over-ssh).
#
#   sshd.sh install          install Debian's openssh-server if sshd is missing (CI calls this once, as root;
#                            the package's own service is not started)
#   sshd.sh start DIR PORT   generate a host key and client keys in DIR, start sshd on 127.0.0.1:PORT with its own
#                            config (key auth only, no passwords), write DIR/ssh_config for the client
#                            (STACK_SSH_CONFIG) and wait until it listens. It ends by itself after
#                            $STACK_SSHD_LIFETIME seconds (default 900), so a crashed IT cannot leave it behind.
#   sshd.sh stop DIR         stop it
#
# DIR/ssh_config knows two hosts: 127.0.0.1 (root, key accepted, docker on the PATH) and `nodocker` (the same
# sshd, but a key whose forced command runs with an empty PATH, as on a host without the docker CLI).
set -euo pipefail

SSHD=${SSHD:-/usr/sbin/sshd}

install() {
  if [ -x "$SSHD" ]; then
    echo "sshd.sh: $SSHD is installed"
    return
  fi
  # policy-rc.d keeps the package's service from starting (containers have no init to own it)
  local policy=/usr/sbin/policy-rc.d created=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && created=1
  fi
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openssh-server openssh-client >/dev/null
  if [ -n "$created" ]; then rm -f "$policy"; fi
}

start() {
  local dir=$1 port=$2
  [ -x "$SSHD" ] || { echo "sshd.sh: $SSHD is missing; run 'sshd.sh install' (as root) first" >&2; exit 1; }
  mkdir -p "$dir" /run/sshd
  dir=$(cd "$dir" && pwd)
  chmod 700 "$dir"
  rm -f "$dir"/host_key* "$dir"/id_* "$dir"/nodocker_key* "$dir"/sshd.log
  ssh-keygen -q -t ed25519 -N '' -C stack-it-host -f "$dir/host_key"
  ssh-keygen -q -t ed25519 -N '' -C stack-it-client -f "$dir/id_ed25519"
  ssh-keygen -q -t ed25519 -N '' -C stack-it-nodocker -f "$dir/nodocker_key"
  {
    cat "$dir/id_ed25519.pub"
    printf 'command="PATH=/nonexistent; eval \\"$SSH_ORIGINAL_COMMAND\\"" %s\n' "$(cat "$dir/nodocker_key.pub")"
  } > "$dir/authorized_keys"
  chmod 600 "$dir/authorized_keys"
  echo "[127.0.0.1]:$port,[nodocker]:$port $(cut -d' ' -f1,2 "$dir/host_key.pub")" > "$dir/known_hosts"
  cat > "$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
AllowUsers root
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
MaxStartups 64:30:128
LogLevel INFO
CONF
  cat > "$dir/ssh_config" <<CONF
Host nodocker
  HostName 127.0.0.1
  IdentityFile $dir/nodocker_key
Host 127.0.0.1
  IdentityFile $dir/id_ed25519
Host *
  Port $port
  IdentitiesOnly yes
  UserKnownHostsFile $dir/known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
CONF
  "$SSHD" -t -f "$dir/sshd_config"
  setsid timeout "${STACK_SSHD_LIFETIME:-900}" "$SSHD" -D -f "$dir/sshd_config" -E "$dir/sshd.log" \
    </dev/null >/dev/null 2>&1 &
  for _ in $(seq 1 100); do
    if grep -q "Server listening on 127.0.0.1 port $port" "$dir/sshd.log" 2>/dev/null; then
      echo "sshd.sh: sshd listens on 127.0.0.1:$port (pid $(cat "$dir/sshd.pid" 2>/dev/null))"
      return
    fi
    sleep 0.1
  done
  echo "sshd.sh: sshd did not start on 127.0.0.1:$port:" >&2
  cat "$dir/sshd.log" >&2 || true
  exit 1
}

stop() {
  local dir=$1
  if [ -f "$dir/sshd.pid" ]; then
    kill "$(cat "$dir/sshd.pid")" 2>/dev/null || true
    rm -f "$dir/sshd.pid"
  fi
}

case "${1:-}" in
  install) install ;;
  start) start "$2" "$3" ;;
  stop) stop "$2" ;;
  *) echo "usage: sshd.sh install | start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
