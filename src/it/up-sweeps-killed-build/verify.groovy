// The next up (this build's) removed the killed build's stack: containers, network and volume.
def sh(String... cmd) {
    def p = cmd.execute(); def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "${cmd.join(' ')}: $err"
    out.toString().trim()
}
String victim = context.get('victim')
def log = new File(basedir, 'build.log').text
assert log.contains("Removing test stack $victim: the build that started it is gone")
def label = "label=com.docker.compose.project=$victim"
assert sh('docker', 'ps', '-aq', '--filter', label) == ''
assert sh('docker', 'network', 'ls', '-q', '--filter', label) == ''
assert sh('docker', 'volume', 'ls', '-q', '--filter', label) == ''
return true
