#!/usr/bin/env bash
# Build benchmark: in one run, a cold and an incremental build of the same two-target project
#   - with stack:build (BuildKit through the Engine API with a client session, each run a fresh `mvn` JVM, as a user
#     runs it), and
#   - with `docker buildx build` (BuildKit with the CLI's session, docker driver), one call per target,
# then prints the medians and the ratios stack/docker.
#   cold        = no build cache (stack.build.noCache=true / --no-cache); base images present locally
#   incremental = one source file changed since the previous build of the same tool, cache on
# usage: bench/build/run.sh [runs]        (default 5; needs a running engine, the docker CLI and ./mvnw)
set -euo pipefail
RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$ROOT/bench/build/target
PROJECT=$WORK/project
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN=io.github.stackmaven:stack-maven-plugin:$VERSION
# a private local repository that reads through to ~/.m2, so that no other build's install of the same snapshot
# can swap the plugin under the benchmark (and the benchmark installs nothing into ~/.m2)
REPO=$WORK/repo
mkdir -p "$REPO"
cat > "$WORK/settings.xml" <<SETTINGS
<settings>
  <profiles><profile><id>read-through</id><activation><activeByDefault>true</activeByDefault></activation>
    <repositories><repository><id>m2</id><url>file://$HOME/.m2/repository</url></repository></repositories>
    <pluginRepositories><pluginRepository><id>m2</id><url>file://$HOME/.m2/repository</url></pluginRepository></pluginRepositories>
  </profile></profiles>
</settings>
SETTINGS
MVN_OPTS_BENCH="-o -B -s $WORK/settings.xml -Dmaven.repo.local=$REPO -Daether.offline.protocols=file"
MVN="$ROOT/mvnw $MVN_OPTS_BENCH -f $PROJECT/pom.xml -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"

echo "Building the plugin ($PLUGIN) into $REPO..."
(cd "$ROOT" && ./mvnw -q -o -B package -DskipTests -pl stack-maven-plugin -am)
(cd "$ROOT" && ./mvnw -q $MVN_OPTS_BENCH -N install:install-file -Dfile=pom.xml -DpomFile=pom.xml \
  && ./mvnw -q $MVN_OPTS_BENCH -N install:install-file -Dfile="stack-maven-plugin/target/stack-maven-plugin-$VERSION.jar" \
     -DpomFile=stack-maven-plugin/pom.xml)

echo "Generating the project in $PROJECT..."
rm -rf "$PROJECT" && mkdir -p "$PROJECT/deps" "$PROJECT/src"
for i in $(seq -w 1 16); do head -c 4194304 /dev/urandom > "$PROJECT/deps/lib-$i.jar"; done   # 64 MiB of "dependencies"
for i in $(seq -w 1 300); do                                                                    # 300 source files
  for l in $(seq 1 40); do echo "line $l of source file $i: some code that compiles"; done > "$PROJECT/src/file-$i.txt"
done
cat > "$PROJECT/Dockerfile" <<'DOCKERFILE'
FROM debian:bookworm-slim AS builder
WORKDIR /build
COPY deps/ deps/
RUN sha256sum deps/* > deps.sha256 && cat deps/* | gzip -1 > /deps.gz
COPY src/ src/
RUN find src -type f | sort | xargs cat | sha256sum > app.sha256 && tar czf /app.tgz src

FROM debian:bookworm-slim AS production
ARG UID=1000
ARG GID=1000
RUN groupadd -g "$GID" app && useradd -u "$UID" -g app -M app
COPY --from=builder /deps.gz /app.tgz /opt/app/
USER app
CMD ["ls", "-l", "/opt/app"]
DOCKERFILE
printf 'target\n' > "$PROJECT/.dockerignore"
cat > "$PROJECT/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>bench-build</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
</project>
POM

cleanup() {
  docker rmi -f bench-build-stack:1.0 bench-build-stack-builder:1.0 bench-build-docker:1.0 \
    bench-build-docker-builder:1.0 > /dev/null 2>&1 || true
}
trap cleanup EXIT

ours() {   # $1: extra maven args
  $MVN "$PLUGIN:build" -Dstack.image=bench-build-stack -Dstack.timing=true $1 > "$WORK/last-stack.log" 2>&1
}
goal_seconds() {   # time inside Maven from the goal's header line to the end of the build, from the last log
  awk '/--- stack:.*:build/ {s=$1} /BUILD SUCCESS/ {e=$1} END {
    split(s, a, ":"); split(e, b, ":"); printf "%.3f\n", (b[1]*3600+b[2]*60+b[3]) - (a[1]*3600+a[2]*60+a[3]) }' \
    "$WORK/last-stack.log"
}
own_seconds() {   # the plugin's own time in the goal: its time minus its waits for the engine (stack.timing)
  sed -n "s/.*Timing of stack:build: .*, \([0-9]*\) ms the plugin's own.*/\1/p" "$WORK/last-stack.log" | awk '{print $1/1000}'
}
buildx() {   # $1: extra docker args
  (cd "$PROJECT" && docker buildx build --builder default -q $1 --target builder -t bench-build-docker-builder:1.0 . \
    && docker buildx build --builder default -q $1 --target production -t bench-build-docker:1.0 .) \
    > "$WORK/last-docker.log" 2>&1
}
timed() {   # prints seconds taken by "$@"; a failed run stops the benchmark
  local start end
  start=$(date +%s.%N)
  "$@" || { echo "failed: $* (see $WORK/last-*.log)" >&2; kill $$; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
touch_source() {
  echo "changed at $(date +%s.%N) for $1" >> "$PROJECT/src/file-001.txt"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -a cold_stack cold_docker incr_stack incr_docker cold_goal incr_goal cold_own incr_own
echo "Cold builds ($RUNS each, alternating)..."
for r in $(seq 1 "$RUNS"); do
  cold_stack+=("$(timed ours -Dstack.build.noCache=true)"); cold_goal+=("$(goal_seconds)"); cold_own+=("$(own_seconds)")
  cold_docker+=("$(timed buildx --no-cache)")
  echo "  run $r: stack ${cold_stack[-1]}s, docker ${cold_docker[-1]}s"
done
ours "" && buildx ""   # both caches primed from the same sources
echo "Incremental builds ($RUNS each, one source file changed before each)..."
for r in $(seq 1 "$RUNS"); do
  touch_source stack;  incr_stack+=("$(timed ours "")"); incr_goal+=("$(goal_seconds)"); incr_own+=("$(own_seconds)")
  touch_source docker; incr_docker+=("$(timed buildx "")")
  echo "  run $r: stack ${incr_stack[-1]}s, docker ${incr_docker[-1]}s"
done
# what the session sent in the last incremental stack:build, per target (the changed file, the Dockerfile and
# .dockerignore, which BuildKit always reads again)
sent=$(grep -o "Build session: sent [0-9]* changed file(s), [0-9]* bytes of context" "$WORK/last-stack.log" \
  | sed 's/Build session: sent //' | paste -sd ';' -)
# sanity: the last incremental stack:build reused the dependency steps
grep -q "\] RUN sha256sum deps" "$WORK/last-stack.log" && grep -Eq "\[INFO\] #[0-9]+ CACHED$" "$WORK/last-stack.log" \
  || { echo "the incremental stack:build did not report cached steps; see $WORK/last-stack.log" >&2; exit 1; }
maven_start=()
for r in $(seq 1 "$RUNS"); do maven_start+=("$(timed $MVN -q validate)"); done

m_cs=$(printf '%s\n' "${cold_stack[@]}" | median);  m_cd=$(printf '%s\n' "${cold_docker[@]}" | median)
m_is=$(printf '%s\n' "${incr_stack[@]}" | median);  m_id=$(printf '%s\n' "${incr_docker[@]}" | median)
g_c=$(printf '%s\n' "${cold_goal[@]}" | median);   g_i=$(printf '%s\n' "${incr_goal[@]}" | median)
echo
echo "Engine: $(docker version -f '{{.Server.Version}} (API {{.Server.APIVersion}})'), $(nproc) cores, $RUNS runs each"
printf '%-12s %12s %12s %23s %9s %9s\n' "build" "mvn stack:build" "goal only" "docker buildx build" "ratio" "goal ratio"
printf '%-12s %14.2fs %11.2fs %22.2fs %9.2f %9.2f\n' cold "$m_cs" "$g_c" "$m_cd" "$(echo "$m_cs / $m_cd" | bc -l)" \
  "$(echo "$g_c / $m_cd" | bc -l)"
printf '%-12s %14.2fs %11.2fs %22.2fs %9.2f %9.2f\n' incremental "$m_is" "$g_i" "$m_id" "$(echo "$m_is / $m_id" | bc -l)" \
  "$(echo "$g_i / $m_id" | bc -l)"
printf '%-12s %14.2fs   (mvn validate on the same project: what starting Maven costs every command-line run)\n' \
  "maven start" "$(printf '%s\n' "${maven_start[@]}" | median)"
echo "context sent by the last incremental stack:build, per target: ${sent:-none (no build session?)}"
printf "plugin's own time in the goal (goal minus its waits for the engine): cold %.2fs, incremental %.2fs\n" \
  "$(printf '%s\n' "${cold_own[@]}" | median)" "$(printf '%s\n' "${incr_own[@]}" | median)"
echo "(medians of $RUNS runs. mvn stack:build: wall clock of a fresh mvn command; goal only: the goal's own time"
echo " inside Maven, i.e. what binding stack:build to package adds to a build; ratio = stack / docker)"
