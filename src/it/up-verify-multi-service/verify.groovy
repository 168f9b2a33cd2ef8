// After mvn verify: the ITs ran against the stack and passed, and stack:down left nothing on the engine.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def summary = new File(basedir, 'target/failsafe-reports/failsafe-summary.xml').text
assert summary.contains('<completed>4</completed>') : summary
assert summary.contains('<failures>0</failures>') && summary.contains('<errors>0</errors>') : summary

def state = new Properties()
new File(basedir, 'target/stack/test.properties').withInputStream { state.load(it) }
def project = state.getProperty('stack.project')
assert project ==~ /up-verify-multi-service-test-[a-z0-9]{8}/
assert state.getProperty('stack.web.host') == '127.0.0.1'

engine.assertGone(project)

// every container's output was streamed to target/stack/logs
assert new File(basedir, 'target/stack/logs/db.log').text.contains('database system is ready to accept connections')
assert new File(basedir, 'target/stack/logs/migrate.log').text.contains('INSERT 0 1')
return true
