// The base image, pushed with credentials to 127.0.0.1:5000 from a throwaway docker config and then untagged, so
// that the session build must pull it with the credentials of docker-config/config.json (DOCKER_CONFIG, set in
// invoker.properties): up reads docker's config.json as build and push do
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def config = File.createTempDir('it-up-build-secrets', '-docker')
try {
    def base = '127.0.0.1:5000/it-up-build-secrets-base:1'
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
def dir = new File(basedir, 'docker-config')
dir.mkdirs()
new File(dir, 'config.json').text = '{"auths": {"127.0.0.1:5000": {"auth": "' +
        'stack:stack-secret'.bytes.encodeBase64().toString() + '"}}}'
return true
