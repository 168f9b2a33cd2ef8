// Start a build of `victim` whose up waits for minutes, and kill -9 it once its containers run.
import java.util.concurrent.TimeUnit
def victim = new File(basedir, 'victim')
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def plugin = "io.github.stackmaven:stack-maven-plugin:$pluginVersion"
def process = new ProcessBuilder(mvn, '-B', "-Dmaven.repo.local=$localRepositoryPath", "-Dstack.labels=$itsLabel",
        '-Dstack.timeout=10m', "$plugin:up").directory(victim).redirectErrorStream(true)
        .redirectOutput(new File(basedir, 'victim.log')).start()
String project = null
long deadline = System.currentTimeMillis() + 120_000
while (project == null && System.currentTimeMillis() < deadline) {
    Thread.sleep(500)
    def p = ['docker', 'ps', '--filter', 'label=com.docker.compose.service=ready', '--filter', 'name=victim-test-',
             '--format', '{{.Label "com.docker.compose.project"}}'].execute()
    def out = p.text.trim()
    if (out) { project = out.readLines()[0] }
    assert process.alive : new File(basedir, 'victim.log').text
}
assert project : 'the victim stack never came up'
// mvn execs java, so this is the JVM that owns the stack: SIGKILL, no shutdown hook runs
process.destroyForcibly()
assert process.waitFor(30, TimeUnit.SECONDS)
assert process.exitValue() == 137 : "exit ${process.exitValue()}"
context.put('victim', project)
def left = ['docker', 'ps', '-aq', '--filter', "label=com.docker.compose.project=$project"].execute().text.trim()
assert left : 'the killed build left nothing: the test proves nothing'
return true
