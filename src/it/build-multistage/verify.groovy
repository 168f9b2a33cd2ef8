import groovy.json.JsonSlurper

import java.time.Duration
import java.time.Instant

sh = evaluate(new File(basedir, '../_lib/engine.groovy')).sh  // a binding variable, visible in script methods
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
    // stack.build.noCache=true: in both target builds every RUN step ran again (DONE, not CACHED)
    ['Building target builder', 'Building target production'].each { start ->
        def section = log.substring(log.indexOf(start)).readLines().takeWhile { !it.contains('Built it-build') }
        def runs = section.findAll { it ==~ /\[INFO\] #\d+ \[\w+ \d\/\d\] RUN .*/ }
        assert runs.size() >= 2 : "no RUN steps in: $section"
        runs.each { line ->
            def n = (line =~ /#(\d+) /)[0][1]
            assert section.contains("[INFO] #$n DONE".toString()) || section.any { it ==~ /\[INFO\] #$n DONE .*/ }
            assert !section.contains("[INFO] #$n CACHED".toString()) : "$line was cached"
        }
    }
    assert log.contains('Build args: UID=10001, GID=10002') || log.contains('Build args: GID=10002, UID=10001')
    return true
} finally {
    ['docker', 'rmi', '-f', builder, production].execute().waitFor()
}
