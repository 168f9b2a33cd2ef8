// After this build's up: the dead build's container, network and volume are gone; the same project's container and
// volume without the plugin's labels, and the kept stack, are still there. Then the fixtures are removed.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def exists = { String... cmd -> cmd.execute().waitFor() == 0 }
try {
    assert !exists('docker', 'container', 'inspect', 'it-sweep-exact-dead-1') : 'the dead build\'s container is left'
    assert !exists('docker', 'network', 'inspect', 'it-sweep-exact_default') : 'the dead build\'s network is left'
    assert !exists('docker', 'volume', 'inspect', 'it-sweep-exact_dead') : 'the dead build\'s volume is left'
    assert engine.sh('docker', 'inspect', '-f', '{{.State.Running}}', 'it-sweep-exact-other-1') == 'true' :
            'the sweep removed or stopped a container it did not create'
    assert exists('docker', 'volume', 'inspect', 'it-sweep-exact_data') : 'the sweep removed a volume it did not create'
    assert exists('docker', 'container', 'inspect', 'it-sweep-kept-app-1') : 'the sweep removed a kept stack'
    def kept = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ps.json'))
    assert kept*.project == ['it-sweep-kept-test-00000001'] && kept[0].kept == true : "ps listed $kept"
    def log = new File(basedir, 'build.log').text
    assert log.contains('Removing test stack it-sweep-exact-test-00000001: the build that started it is gone')
    assert !log.contains('Removing test stack it-sweep-kept-test-00000001')
} finally {
    ['it-sweep-exact-dead-1', 'it-sweep-exact-other-1', 'it-sweep-kept-app-1'].each {
        ['docker', 'rm', '-f', '-v', it].execute().waitFor()
    }
    ['it-sweep-exact_default'].each { ['docker', 'network', 'rm', it].execute().waitFor() }
    ['it-sweep-exact_dead', 'it-sweep-exact_data'].each { ['docker', 'volume', 'rm', it].execute().waitFor() }
}
engine.assertGone('it-sweep-exact-test-00000001')
engine.assertGone('it-sweep-kept-test-00000001')
return true
