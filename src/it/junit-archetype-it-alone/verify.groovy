// After the generated AppIT ran alone (failsafe:integration-test, no up/down): it passed against a stack the
// extension started (the engine created app and db with the plugin's labels and this IT session's label), streamed
// its logs where up does, and removed it; nothing of it is left. Removes the images it built in the finally block.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def app = new File(basedir, 'gen/it-junit-app')
def images = ['it-junit-app:1.0-SNAPSHOT', 'it-junit-app-builder:1.0-SNAPSHOT']
try {
    def summary = new File(app, 'target/failsafe-reports/failsafe-summary.xml').text
    assert summary.contains('<completed>4</completed>') : summary
    assert summary.contains('<failures>0</failures>') && summary.contains('<errors>0</errors>') : summary
    def log = new File(basedir, 'build.log').text
    assert log =~ /--- stack:\S+:build \(image\)/ : 'package built no image'
    assert !(log =~ /--- stack:\S+:(up|down) /) : 'stack:up or stack:down ran'
    def started = (log =~ /\[stack\] Stack (it-junit-app-test-[a-z0-9]{8}) \(test\) from docker-compose.base.yml found/)
    assert started.find() : 'the extension started no stack'
    def project = started.group(1)
    // the service's up recorded it where stack:up does
    assert engine.stackState(app, 'test').getProperty('stack.project') == project
    assert log.contains("[stack] Removed stack $project (2 container(s))")
    assert !log.contains('[stack] Using stack')

    // the engine's record of the run: app and db created once, with the plugin's labels, then destroyed
    def since = new File(basedir, 'target/t0').text.trim()
    def until = (System.currentTimeMillis().intdiv(1000) + 1).toString()
    def events = { String event ->
        engine.sh('docker', 'events', '--since', since, '--until', until, '--filter', 'type=container',
                '--filter', "event=$event".toString(), '--filter', "label=com.docker.compose.project=$project".toString(),
                '--format', '{{index .Actor.Attributes "com.docker.compose.service"}}' +
                ' {{index .Actor.Attributes "io.github.stackmaven.environment"}}' +
                ' {{index .Actor.Attributes "io.github.stackmaven.it"}}' +
                ' {{if index .Actor.Attributes "io.github.stackmaven.run"}}run{{end}}').readLines().sort()
    }
    def session = itsLabel.toString().split('=', 2)[1]
    def expected = ["app test $session run", "db test $session run"]*.toString()
    assert events('create') == expected
    assert events('destroy') == expected

    // the app ran the image built at package, and its output went where stack:up puts it
    assert new File(app, 'target/stack/logs/app.log').text.contains('Listening on port 8080, version 1.0-SNAPSHOT')
    engine.assertGone(project)
    return true
} finally {
    (['docker', 'rmi', '-f'] + images).execute().waitFor()
}
