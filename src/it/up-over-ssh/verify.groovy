// up (over DOCKER_HOST=ssh://) built the image and created the stack, and down (over
// stack.dockerHost=ssh://...:port) removed its container; the dev volume it kept holds what the container wrote.
// Failed logins are one clear error each.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def sshDir = new File(basedir, 'target/sshd')
def volume = 'up-over-ssh_data'
def image = 'stack-it/up-over-ssh-box:1'
try {
    assert engine.sh('docker', 'volume', 'inspect', '-f', '{{index .Labels "com.docker.compose.project"}}', volume) ==
            'up-over-ssh'
    // the image up built over ssh (raw POST /build through the tunnel) ran and wrote its file, then its hostname
    def marker = engine.sh('docker', 'run', '--rm', '--label', itsLabel, '-v', "${volume}:/data:ro", 'busybox:latest',
            'cat', '/data/marker').readLines()
    assert marker.size() == 2 && marker[0] == 'built-over-ssh' && marker[1] ==~ /[0-9a-f]{12}/ :
            "the built service did not write its marker: $marker"
    assert engine.sh('docker', 'image', 'inspect', '-f', '{{.Id}}', image).startsWith('sha256:')
    assert engine.sh('docker', 'ps', '-aq', '--filter', 'label=com.docker.compose.project=up-over-ssh') == '' :
            'down over ssh left the container'

    // the plugin's connections went through this sshd: up and down logged in as root with the accepted key
    def sshdLog = new File(sshDir, 'sshd.log').text
    assert (sshdLog =~ /Accepted publickey for root from 127\.0\.0\.1/).count >= 2 : sshdLog

    // the error texts are the product here
    def log = new File(basedir, 'build.log').text
    assert log.contains('ssh://nobody@127.0.0.1 (DOCKER_HOST): ssh to nobody@127.0.0.1 failed (exit 255):'
            + ' "nobody@127.0.0.1: Permission denied (publickey)."; the server refused the login')
    assert log.contains('ssh://root@nodocker (DOCKER_HOST): ssh to root@nodocker failed (exit 127):')
    assert log.contains('docker: command not found"; the remote side has no `docker` command on its PATH')
    assert log.contains('The engine selected by DOCKER_HOST is used alone')
} finally {
    ['docker', 'volume', 'rm', '-f', volume].execute().waitFor()
    ['docker', 'rmi', '-f', image].execute().waitFor()
    ['bash', new File(basedir, '../_lib/sshd.sh').canonicalPath, 'stop', sshDir.path].execute().waitFor()
}
return true
