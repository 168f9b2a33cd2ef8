// Start `stack:up` of a 17-service chain as a child build, send it SIGTERM once three containers of its project
// exist (the next create is in flight then, the others follow one by one), and check that its shutdown hook removed
// everything.
import java.util.concurrent.TimeUnit
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def victim = new File(basedir, 'sigterm-victim')
def logFile = new File(basedir, 'sigterm-victim.log')
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def plugin = "io.github.stackmaven:stack-maven-plugin:$pluginVersion"
def process = new ProcessBuilder(mvn, '-B', "-Dmaven.repo.local=$localRepositoryPath", "-Dstack.labels=$itsLabel",
        '-Dstack.timeout=5m', "$plugin:up").directory(victim).redirectErrorStream(true)
        .redirectOutput(logFile).start()
String project = null
try {
    long deadline = System.currentTimeMillis() + 180_000
    while (project == null && System.currentTimeMillis() < deadline && process.alive) {
        def out = engine.sh('docker', 'ps', '-a', '--filter', 'name=sigterm-victim-test-',
                '--format', '{{.Label "com.docker.compose.project"}}')
        if (out.readLines().size() >= 3) {  // the chain is under way: the next create is always in flight
            project = out.readLines()[0]
        } else {
            Thread.sleep(50)
        }
    }
    assert project : "three containers of the victim stack never appeared:\n${logFile.text}"
    // mvn execs java, so this is the build's JVM: SIGTERM, as Ctrl-C or a CI cancel sends it
    process.destroy()
    assert process.waitFor(120, TimeUnit.SECONDS) : "the build did not exit after SIGTERM:\n${logFile.text}"
    def label = "label=com.docker.compose.project=$project"
    def containers = engine.sh('docker', 'ps', '-aq', '--filter', label)
    def networks = engine.sh('docker', 'network', 'ls', '-q', '--filter', label)
    assert containers == '' && networks == '' :
            "SIGTERM during up left ${containers.readLines().size()} container(s) and network(s) [$networks] of" +
            " $project:\n${logFile.text}"
    def log = logFile.text
    // the hook neither died (class loading, its own output) nor gave up
    ['NoClassDefFoundError', 'NumberFormatException', 'could not remove', 'not completely removed', '\tat '].each {
        assert !log.contains(it) : "the shutdown path printed '$it':\n$log"
    }
} finally {
    if (process.alive) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS)
    }
    if (project) {  // whatever a failed assertion left; the harness would sweep it too, and report it as a leak
        def label = "label=com.docker.compose.project=$project"
        engine.sh('docker', 'ps', '-aq', '--filter', label).readLines().each { engine.sh('docker', 'rm', '-f', it) }
        engine.sh('docker', 'network', 'ls', '-q', '--filter', label).readLines().each { engine.sh('docker', 'network', 'rm', it) }
    }
}
return true
