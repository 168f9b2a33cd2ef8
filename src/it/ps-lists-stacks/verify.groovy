import groovy.json.JsonSlurper

def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
sh = engine.sh  // a binding variable, visible inside script methods
def names = ['it-ps-alpha-web-1', 'it-ps-alpha-db-1', 'it-ps-beta-app-1', 'it-ps-foreign-1']
try {
    def here = new JsonSlurper().parse(new File(basedir, 'target/ps-here.json'))
    assert here*.project == ['it-ps-alpha'] : "without stack.all: ${here*.project}"
    def log = new File(basedir, 'build.log').text
    assert log =~ /Stacks started from .*ps-lists-stacks; \d+ other stack\(s\) on the engine: -Dstack.all=true lists them too/

    def stacks = new JsonSlurper().parse(new File(basedir, 'target/ps.json'))
    def byProject = stacks.findAll { it.project.startsWith('it-ps-') }.collectEntries { [it.project, it] }
    assert byProject.keySet() == ['it-ps-alpha', 'it-ps-beta'] as Set : "listed: ${byProject.keySet()}"

    def alpha = byProject['it-ps-alpha']
    assert alpha.environment == 'dev'
    assert alpha.ownerLiveness == 'gone'
    assert alpha.containers*.service == ['db', 'web']
    alpha.containers.each { c ->
        // the listing agrees with the engine's own view of each container
        assert c.id == sh('docker', 'inspect', '-f', '{{.Id}}', c.name)
        assert c.state == sh('docker', 'inspect', '-f', '{{.State.Status}}', c.name)
    }
    def web = alpha.containers.find { it.service == 'web' }
    assert web.ports.size() == 1
    assert "${web.ports[0].hostIp}:${web.ports[0].hostPort}" == sh('docker', 'port', 'it-ps-alpha-web-1', '8080/tcp')
    assert alpha.containers.find { it.service == 'db' }.state == 'exited'

    def beta = byProject['it-ps-beta']
    assert beta.environment == 'ci'
    assert beta.ownerLiveness == 'unknown'
    assert beta.containers*.name == ['it-ps-beta-app-1']
} finally {
    sh((['docker', 'rm', '-f'] + names) as String[])
}
return true
