// Helpers for the ITs' hook scripts: `def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))`.
// engine.sh(...) runs a command and returns its trimmed stdout, failing on a non-zero exit;
// engine.assertGone(project) checks that no container, network or volume of that compose project remains.
def sh = { String... cmd ->
    def p = cmd.execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "${cmd.join(' ')} failed: $err"
    out.toString().trim()
}
def assertGone = { String project ->
    def label = "label=com.docker.compose.project=$project"
    assert sh('docker', 'ps', '-aq', '--filter', label) == '' : "containers of $project are left"
    assert sh('docker', 'network', 'ls', '-q', '--filter', label) == '' : "networks of $project are left"
    assert sh('docker', 'volume', 'ls', '-q', '--filter', label) == '' : "volumes of $project are left"
}
def stackState = { File dir, String environment ->
    def props = new Properties()
    new File(dir, "target/stack/${environment}.properties").withInputStream { props.load(it) }
    props
}
// pushes busybox:latest as `image` to the registry with auth on 127.0.0.1:5000 from a throwaway docker config, then
// untags it locally: a build can then only get it by pulling with credentials of its own
def pushPrivateBase = { String image ->
    def config = File.createTempDir('it-private-base', '-docker')
    try {
        sh('docker', 'tag', 'busybox:latest', image)
        def login = ['docker', '--config', config.path, 'login', '-u', 'stack', '--password-stdin', '127.0.0.1:5000']
                .execute()
        login.outputStream.withWriter { it << 'stack-secret' }
        assert login.waitFor() == 0 : "docker login failed: ${login.errorStream.text}"
        sh('docker', '--config', config.path, 'push', image)
        sh('docker', 'rmi', image)
    } finally {
        config.deleteDir()
    }
}
[sh: sh, assertGone: assertGone, stackState: stackState, pushPrivateBase: pushPrivateBase]
