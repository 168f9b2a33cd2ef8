// The ITs failed, so the build failed at verify; post-integration-test still removed the stack, after printing logs.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('this integration test fails on purpose')
assert log.contains('Integration tests failed; last 30 log lines of each service')
assert log.contains('echo | echo-service-ready')
def state = new Properties()
new File(basedir, 'target/stack/test.properties').withInputStream { state.load(it) }
def project = state.getProperty('stack.project')
assert log.contains("Removed stack $project")
engine.assertGone(project)  // volumes too: a stack leaves nothing
return true
