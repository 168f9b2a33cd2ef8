// The ITs failed, so the build failed at verify; post-integration-test still removed the stack, after printing logs.
def sh(String... cmd) {
    def p = cmd.execute(); def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "${cmd.join(' ')}: $err"
    out.toString().trim()
}
def log = new File(basedir, 'build.log').text
assert log.contains('this integration test fails on purpose')
assert log.contains('Integration tests failed; last 30 log lines of each service')
assert log.contains('echo | echo-service-ready')
def state = new Properties()
new File(basedir, 'target/stack/test.properties').withInputStream { state.load(it) }
def project = state.getProperty('stack.project')
assert log.contains("Removed stack $project")
def label = "label=com.docker.compose.project=$project"
assert sh('docker', 'ps', '-aq', '--filter', label) == ''
assert sh('docker', 'network', 'ls', '-q', '--filter', label) == ''
return true
