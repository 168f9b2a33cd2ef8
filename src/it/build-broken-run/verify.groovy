sh = evaluate(new File(basedir, '../_lib/engine.groovy')).sh  // a binding variable, visible in script methods
def log = new File(basedir, 'build.log').text

// 1: named before anything is sent to the engine
assert log =~ /Dockerfile has no stage builder \(stages: production\); name them with FROM \.\.\. AS <name> or set <targets>/

// 2: one failure naming the target, the step, the exit code and the step's last output
def error = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert error =~ /Target 'production' \(it-build-broken-run:1\.0\): Image build failed at step '#\d+ \[(production )?3\/3\] RUN echo "compiling module core"/
assert error =~ /RUN echo "compiling module core".*': .*exit code: 3\n/
def tail = error.substring(error.indexOf('Last output of that step:')).readLines().drop(1).takeWhile { it.startsWith('[ERROR]   ') }
// stdout and stderr of the step, in whichever order the engine delivered them
assert tail.collect { it.substring(10) } as Set == ['compiling module core', 'core.c:12: error: unknown symbol frobnicate'] as Set
assert !error.contains('at io.github.stackmaven') : 'a user mistake is reported without a stack trace'

// UID/GID default to the user running Maven; root (uid 0 cannot be a useradd uid) leaves them to the Dockerfile.
// BuildKit names the step with the args substituted: what it shows is what reached the engine.
def uid = sh('id', '-u'), gid = sh('id', '-g')
if (uid == '0') {
    assert log.contains("Running as root: UID/GID build args left to the Dockerfile's defaults")
    assert !log.contains('Build args: UID=')
    assert log.contains('RUN echo "uid arg ${UID}, gid arg ${GID}"') // not substituted: not passed
} else {
    assert log.contains("Build args: UID=$uid, GID=$gid")
    assert log =~ /#\d+ \[(production )?2\/3\] RUN echo "uid arg $uid, gid arg $gid"/
}

// nothing was tagged
assert ['docker', 'image', 'inspect', 'it-build-broken-run:1.0'].execute().waitFor() != 0
return true
