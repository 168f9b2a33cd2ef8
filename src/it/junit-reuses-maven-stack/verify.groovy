// After mvn verify with stack:up/down bound: both @Stack classes ran against up's stack (same project, same ports),
// the extension created no stack of its own (the engine created each service's container once, all of up's
// project), and stack:down left nothing.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def summary = new File(basedir, 'target/failsafe-reports/failsafe-summary.xml').text
assert summary.contains('<completed>2</completed>') : summary
assert summary.contains('<failures>0</failures>') && summary.contains('<errors>0</errors>') : summary

def state = engine.stackState(basedir, 'test')
def project = state.getProperty('stack.project')
assert project ==~ /junit-reuses-maven-stack-test-[a-z0-9]{8}/
['WebIT': 'web', 'ApiIT': 'api'].each { test, service ->
    def seen = new Properties()
    new File(basedir, "target/junit/${test}.properties").withInputStream { seen.load(it) }
    assert seen.getProperty('project') == project : "$test used ${seen.getProperty('project')}, up started $project"
    assert seen.getProperty('startedByExtension') == 'false'
    assert seen.getProperty('port') == state.getProperty("stack.${service}.port")
    assert seen.getProperty('host') == state.getProperty("stack.${service}.host")
}
def log = new File(basedir, 'build.log').text
assert log.contains("[stack] Using stack $project (test) started by the build")
assert !(log =~ /\[stack\] Stack \S+ \(test\) from/) : 'the extension started a stack'

// the engine's own record of the build: one container created per service, all of them up's
def since = new File(basedir, 'target/t0').text.trim()
def until = (System.currentTimeMillis().intdiv(1000) + 1).toString()
def created = engine.sh('docker', 'events', '--since', since, '--until', until, '--filter', 'type=container',
        '--filter', 'event=create', '--filter', "label=$itsLabel".toString(), '--format',
        '{{index .Actor.Attributes "com.docker.compose.project"}} {{index .Actor.Attributes "com.docker.compose.service"}}')
        .readLines().findAll { it.startsWith('junit-reuses-maven-stack') }
assert created.sort() == ["$project api".toString(), "$project web".toString()] : created

engine.assertGone(project)
return true
