// While the stack ran (ps between up and down): every service running and healthy where it has a check, the real
// PostgreSQL among them with tmpfs and the `db` alias; after down: nothing left.
import groovy.json.JsonSlurper
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def state = new Properties()
new File(basedir, 'target/stack/test.properties').withInputStream { state.load(it) }
def project = state.getProperty('stack.project')
assert project ==~ /ledger-test-[a-z0-9]{8}/ : project  // COMPOSE_PROJECT_NAME=ledger in its .env

def stack = new JsonSlurper().parse(new File(basedir, 'target/ps.json')).find { it.project == project }
assert stack : "ps did not list $project"
def byService = stack.containers.collectEntries { [it.service, it] }
assert byService.keySet() == ['base', 'test-app', 'test-db', 'test-mq', 'test-worker'] as Set
['test-db', 'test-mq', 'test-worker'].each {
    assert byService[it].state == 'running' : "$it: ${byService[it]}"
    assert byService[it].status.contains('(healthy)') : "$it: ${byService[it].status}"
}
assert byService['base'].status.startsWith('Exited (0)')
def log = new File(basedir, 'build.log').text
assert log.contains("Stack $project is up")
assert new File(basedir, 'target/stack/logs/test-db.log').text.contains('database system is ready to accept connections')

// stack:logs printed the service's output prefixed with its name, and only that service's
assert log =~ /(?m)^\[INFO\] test-db \| .*database system is ready to accept connections/
assert !(log =~ /(?m)^\[INFO\] test-mq +\| /)

engine.assertGone(project)
return true
