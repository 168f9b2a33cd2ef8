def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def tags = ['it-build-session-never-builder:1.0-SNAPSHOT', 'it-build-session-never:1.0-SNAPSHOT']
try {
    def log = new File(basedir, 'build.log').text
    assert !log.contains('Build session: sent') : 'a session was opened although stack.buildSession=never'
    assert engine.sh('docker', 'run', '--rm', tags[1]) == 'hello'
    assert log.contains('[ERROR] Failed to execute goal io.github.stackmaven:stack-maven-plugin:'
            + "${pluginVersion}:build (default-cli) on project it-build-session-never: Build secrets (token) need a"
            + ' build session: set -Dstack.buildSession=auto (or drop <secrets>)')
    return true
} finally {
    (['docker', 'rmi', '-f'] + tags).execute().waitFor()
}
