// After stack:build -Dapp.package=container on a generated project that Maven never built on the host: the jar in
// the image was built inside the build, by a Maven that read the settings.xml given as the build secret
// maven-settings (every download came through its mirror corp-mirror), and that file's password is in no layer of
// either image. The production image runs the application. Removes the images, the container it ran and the
// Maven cache mount the build created, in the finally block.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def cacheMounts = evaluate(new File(basedir, 'cache-mounts.groovy'))
def app = new File(basedir, 'gen/it-container-app')
def images = ['it-container-app:1.0-SNAPSHOT', 'it-container-app-builder:1.0-SNAPSHOT']
def password = new File(basedir, 'target/password').text
def container = "it-container-app-run-${System.nanoTime()}".toString()
try {
    def log = new File(basedir, 'build.log').text
    // nothing was built on the host: the jar can only come from the package-container stage
    assert !new File(app, 'target/app.jar').exists() && !new File(app, 'target/classes').exists()
    assert log.contains('[package-container ') : 'the build did not run the package-container stage'
    assert !log.contains('[package-host ') : 'the build ran the host stage too'
    // the Maven in the build read the secret: its downloads went through the mirror that settings.xml defines
    assert log =~ /Downloading from corp-mirror: https:\/\/repo\.maven\.apache\.org\/maven2\/org\/postgresql\/postgresql\// :
            'the postgresql driver was not downloaded through corp-mirror'
    // (only the build's own lines, `#<step> <seconds> ...`: the host's archetype:generate may fetch its catalog)
    def buildLines = log.readLines().findAll { it =~ /^\[INFO\] #\d+ [\d.]+ / }
    assert buildLines.any { it.contains('Downloading from corp-mirror:') }
    assert !buildLines.any { it.contains('Downloading from central:') } : 'a download bypassed the settings.xml of the secret'
    // Maven ran in the build once: for production (no cache); the builder target reused that stage
    def inBuild = log.readLines().findAll { it =~ /^\[INFO\] #\d+ [\d.]+ \[INFO\] BUILD SUCCESS/ }
    assert inBuild.size() == 1 : "Maven ran ${inBuild.size()} time(s) in the build"
    assert !log.contains(password) : 'the password of the secret settings.xml is in build.log'

    // the production image holds the application and its dependencies, and runs it: without a database it starts,
    // the PostgreSQL driver (from /app/lib) answers that none is reachable, and it keeps retrying
    def listing = engine.sh('docker', 'run', '--rm', '--network', 'none', '--label', itsLabel.toString(),
            '--entrypoint', 'ls', images[0], '/app', '/app/lib')
    assert listing.contains('app.jar') && listing =~ /postgresql-[\d.]+\.jar/ : listing
    engine.sh('docker', 'run', '-d', '--name', container, '--network', 'none', '--label', itsLabel.toString(), images[0])
    def output = ''
    for (int i = 0; i < 60 && !output.contains('Database not reachable yet'); i++) {
        sleep(500)
        def p = ['docker', 'logs', container].execute()
        def out = new StringBuilder(), err = new StringBuilder()
        p.waitForProcessOutput(out, err)
        output = out.toString() + err.toString()
    }
    assert output.contains('Database not reachable yet') : "the application did not start:\n$output"
    assert !output.contains('ClassNotFoundException') && !output.contains('NoClassDefFoundError') : output

    // the settings.xml and its password are in no layer of either image (the secret is mounted for one RUN only)
    def saved = File.createTempFile('it-container-app', '.tar')
    try {
        engine.sh(*(['docker', 'save', '-o', saved.path] + images))
        def text = new String(saved.bytes, 'ISO-8859-1')
        assert text.contains('it/stack/container/app/App.class') :
                'the saved images do not hold the application: the check below would prove nothing'
        assert !text.contains(password) : 'the password of the secret settings.xml is in an image layer'
        assert !text.contains('<id>corp-mirror</id>') : 'the secret settings.xml is in an image layer'
    } finally {
        saved.delete()
    }
    return true
} finally {
    ['docker', 'rm', '-f', container].execute().waitFor()
    (['docker', 'rmi', '-f'] + images).execute().waitFor()
    def before = new File(basedir, 'target/cache-mounts-before').text.readLines().findAll { it } as Set
    cacheMounts().findAll { !(it in before) }.each { id ->
        ['docker', 'builder', 'prune', '-f', '--filter', "id=$id".toString()].execute().waitFor()
    }
}
