// Each of the three builds failed up naming the crashed service and its output, and removed its whole stack.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def log = new File(basedir, 'build.log').text
def projects = (log =~ /Stack (up-crash-fails-clean-test-[a-z0-9]{8}) did not come up/).collect { it[1] }
assert projects.size() == 3 : "expected three failed ups, got ${projects.size()}:\n$log"
assert log.count('crash: exited with code 1') == 3
assert log.count('| giving up') == 3
assert !log.contains('is up in') : 'a run reported the stack up'
assert !(log =~ /(?m)^\s+at io\.github\.stackmaven\./) : 'a stack trace for a user-facing failure'
projects.each { engine.assertGone(it) }
return true
