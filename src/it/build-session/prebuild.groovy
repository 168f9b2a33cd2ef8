// big.bin: 256 KiB the second build must not send again; the base image pushed with credentials to 127.0.0.1:5000
// from a throwaway docker config (so that only the plugin's settings.xml credentials can pull it), then untagged
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def big = new byte[256 * 1024]
new Random(42).nextBytes(big)
new File(basedir, 'big.bin').bytes = big
def config = File.createTempDir('it-build-session', '-docker')
try {
    def base = '127.0.0.1:5000/it-build-session-base:1'
    engine.sh('docker', 'tag', 'busybox:latest', base)
    def login = ['docker', '--config', config.path, 'login', '-u', 'stack', '--password-stdin', '127.0.0.1:5000']
            .execute()
    login.outputStream.withWriter { it << 'stack-secret' }
    assert login.waitFor() == 0 : "docker login failed: ${login.errorStream.text}"
    engine.sh('docker', '--config', config.path, 'push', base)
    engine.sh('docker', 'rmi', base)
} finally {
    config.deleteDir()
}
return true
