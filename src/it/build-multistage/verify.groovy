import groovy.json.JsonSlurper

import java.time.Duration
import java.time.Instant

def sh(String... cmd) {
    def p = cmd.execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "${cmd.join(' ')} failed: $err"
    return out.toString().trim()
}
def builder = 'it-build-multistage-builder:1.0-SNAPSHOT'
def production = 'it-build-multistage:1.0-SNAPSHOT'
try {
    def log = new File(basedir, 'build.log').text

    // images.json lists both targets with the ids the engine has under those tags
    def images = new JsonSlurper().parse(new File(basedir, 'target/stack/images.json')).images
    assert images*.target == ['builder', 'production']
    assert images*.tags == [[builder], [production]]
    assert images[0].id == sh('docker', 'inspect', '-f', '{{.Id}}', builder)
    assert images[1].id == sh('docker', 'inspect', '-f', '{{.Id}}', production)

    // production runs as the non-root user made from the UID (user property) and GID (<buildArgs>) args
    assert sh('docker', 'inspect', '-f', '{{.Config.User}}', production) == 'app'
    def ids = sh('docker', 'run', '--rm', '--label', itsLabel, production, 'sh', '-c', 'id -u; id -g; cat /app/app.txt')
    assert ids.readLines() == ['10001', '10002', 'hello from the app']

    // OCI labels
    def labels = new JsonSlurper().parseText(sh('docker', 'inspect', '-f', '{{json .Config.Labels}}', production))
    assert labels['org.opencontainers.image.title'] == 'Multi-stage build IT'
    assert labels['org.opencontainers.image.version'] == '1.0-SNAPSHOT'
    assert labels['org.opencontainers.image.source'] == 'https://git.example.org/it/build-multistage'
    assert labels['org.opencontainers.image.licenses'] == 'Apache-2.0'
    assert labels['org.opencontainers.image.revision'] == sh('git', '-C', basedir.path, 'rev-parse', 'HEAD')
    def created = Instant.parse(labels['org.opencontainers.image.created'])
    assert Duration.between(created, Instant.now()).abs() < Duration.ofMinutes(10)
    def (itKey, itValue) = itsLabel.split('=', 2)
    assert labels[itKey] == itValue

    // progress as --progress=plain: numbered steps, the cache-mount step, DONE with durations
    assert log =~ /(?m)^\[INFO\] #\d+ \[builder \d\/\d\] RUN --mount=type=cache,target=\/var\/cache\/deps/
    assert log =~ /(?m)^\[INFO\] #\d+ \d+\.\d{3} built app: hello from the app$/
    assert log =~ /(?m)^\[INFO\] #\d+ DONE \d+\.\ds$/
    assert log.contains('Build args: UID=10001, GID=10002') || log.contains('Build args: GID=10002, UID=10001')
    return true
} finally {
    ['docker', 'rmi', '-f', builder, production].execute().waitFor()
}
