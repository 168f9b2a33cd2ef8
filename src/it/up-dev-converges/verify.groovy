// Container ids per service across the three ups tell what was kept, recreated and removed.
import groovy.json.JsonSlurper
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def ids = { name ->
    def stack = new JsonSlurper().parse(new File(basedir, "target/$name")).find { it.project == 'converge' }
    assert stack : "no stack in $name"
    stack.containers.collectEntries { [it.service, it.id] }
}
def first = ids('ps1.json'), again = ids('ps2.json'), changed = ids('ps3.json')
assert first.keySet() == ['a', 'b', 'c'] as Set
assert again == first : 'an unchanged up recreated containers'
assert changed.keySet() == ['a', 'b'] as Set : 'the removed service c is still there'
assert changed.a == first.a : 'the untouched service a was recreated'
assert changed.b != first.b : 'the changed service b was not recreated'

def log = new File(basedir, 'build.log').text
assert log.contains('Recreating converge-b-1: its configuration changed')
assert log.contains('Removing converge-c-1: service c is no longer in the stack')

engine.assertGone('converge')  // volumes too: a stack leaves nothing
return true
