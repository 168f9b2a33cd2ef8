// The dev up passed (the build runs all three goals; a failed up fails it), the service was healthy when ps ran,
// and the waiting line named the health state and the allowed time (timeout plus start_period).
import groovy.json.JsonSlurper
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
try {
    def log = new File(basedir, 'build.log').text
    def ps = new File(basedir, "target/ps.json")
    assert ps.isFile() : "up failed (no ps output)"
    def stack = new JsonSlurper().parse(ps).find { it.project == "slow-build" }
    assert stack : 'no stack after up'
    assert stack.containers*.service == ['app']
    assert stack.containers[0].toString().contains('healthy') : "app is not healthy: ${stack.containers[0]}"
    assert log =~ /waiting for app \(health: starting, 1\d?s of 35s\)/ : 'no waiting line'
    engine.assertGone('slow-build')
} finally {
    ['docker', 'rmi', '-f', 'stack-it-slow-build:dev'].execute().waitFor()
}
return true
