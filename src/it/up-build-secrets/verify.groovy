// stack:up built app through a session: the build read both secrets (app printed their length / hash), their
// values are in no image layer and in no line of ours in build.log, the private base image was pulled with
// docker's config.json credentials, and stack:down left nothing on the engine.
import java.security.MessageDigest
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def image = 'it-up-build-secrets-app:1'
def base = '127.0.0.1:5000/it-up-build-secrets-base:1'
def token = new File(basedir, 'secret/token.txt').text
def apiKey = 'it-up-api-key-93c1e'
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('[INFO] BUILD SUCCESS')
    assert !log.contains('No build session') : 'up fell back to a tar upload'
    assert log.readLines().any { it.contains('Build session: sent ') } : 'up did not build through a session'
    assert log.contains('Build session: credentials for 127.0.0.1:5000 from ') : 'no credentials for the base image'
    assert log.contains('it-up-build-secrets-base:1') && !log.contains('no basic auth credentials')

    def hash = MessageDigest.getInstance('SHA-256').digest(apiKey.getBytes('UTF-8')).encodeHex().toString()
    def report = "file_token length ${token.length()}, api_key sha256 ${hash.substring(0, 16)}".toString()
    // what the running container printed (streamed to target/stack/logs), and what the image holds
    assert new File(basedir, 'target/stack/logs/app.log').text.contains(report)
    assert engine.sh('docker', 'run', '--rm', '--entrypoint', 'cat', image, '/secret-report') == report

    // Maven's own -X dump of the environment lists every variable, the secret one too: that line is Maven's
    def ours = log.readLines().findAll { !it.startsWith('[DEBUG] env.IT_UP_API_KEY') }.join('\n')
    assert !ours.contains(token) && !ours.contains(apiKey) : 'a secret value is in build.log'

    def saved = File.createTempFile('it-up-build-secrets', '.tar')
    try {
        engine.sh('docker', 'save', '-o', saved.path, image)
        def text = new String(saved.bytes, 'ISO-8859-1')
        assert text.contains('file_token length') : 'the saved image does not hold the report: the check would prove nothing'
        assert !text.contains(token) && !text.contains(apiKey) : 'a secret value is in an image layer'
    } finally {
        saved.delete()
    }

    def project = engine.stackState(basedir, 'test').getProperty('stack.project')
    assert project ==~ /up-build-secrets-test-[a-z0-9]{8}/
    engine.assertGone(project)
    return true
} finally {
    ['docker', 'rmi', '-f', image, base].execute().waitFor()
    new File(basedir, 'docker-config').deleteDir()
}
