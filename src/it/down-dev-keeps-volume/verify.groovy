// The read in the third build only succeeds if the row written in the first survived the down in between.
def sh(String... cmd) {
    def p = cmd.execute(); def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "${cmd.join(' ')}: $err"
    out.toString().trim()
}
def log = new File(basedir, 'build.log').text
assert log.contains('Kept volume(s) down-dev-keeps-volume_pgdata; -Dstack.removeVolumes=true removes them')
assert new File(basedir, 'target/stack/logs/read.log').text.contains('written before down')
def label = 'label=com.docker.compose.project=down-dev-keeps-volume'
assert sh('docker', 'ps', '-aq', '--filter', label) == ''
assert sh('docker', 'volume', 'ls', '-q', '--filter', label) == '' : 'removeVolumes=true kept the volume'
assert sh('docker', 'network', 'ls', '-q', '--filter', label) == ''
return true
