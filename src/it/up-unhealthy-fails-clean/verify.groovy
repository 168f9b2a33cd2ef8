// up failed with one message that names each service that is not ready, and removed everything it created.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def log = new File(basedir, 'build.log').text
def m = log =~ /Stack (up-unhealthy-fails-clean-test-[a-z0-9]{8}) did not come up/
assert m.find() : 'no failure report'
def project = m.group(1)
assert log.contains('db: is unhealthy')
assert log.contains('last health check: probe says no')
assert log.contains('| cannot open data directory')
assert log.contains('| db is starting')
assert log.contains('app: not started, because db did not become healthy')
assert log.contains('Everything the stack created has been removed.')
assert !(log =~ /(?m)^\s+at io\.github\.stackmaven\./) : 'a stack trace for a user-facing failure'
// cache was healthy and running: it is removed too, with its volume and the network
engine.assertGone(project)
return true
