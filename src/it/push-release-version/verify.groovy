import groovy.json.JsonSlurper

sh = evaluate(new File(basedir, '../_lib/engine.groovy')).sh  // a binding variable, visible in script methods
def auth = 'Basic ' + 'stack:stack-secret'.bytes.encodeBase64().toString()
def get = { String path, String accept = null ->
    def c = new URL('http://127.0.0.1:5000' + path).openConnection()
    c.setRequestProperty('Authorization', auth)
    if (accept) c.setRequestProperty('Accept', accept)
    assert c.responseCode == 200 : "GET $path: HTTP ${c.responseCode}"
    return c
}
def local = ['127.0.0.1:5000/it-push-release:1.2.0']
try {
    def log = new File(basedir, 'build.log').text
    def tags = new JsonSlurper().parse(get('/v2/it-push-release/tags/list').inputStream).tags
    assert tags == ['1.2.0'] : "a release pushes its version only, registry has $tags"
    def digest = get('/v2/it-push-release/manifests/1.2.0', 'application/vnd.docker.distribution.manifest.v2+json')
            .getHeaderField('Docker-Content-Digest')
    def repoDigests = new JsonSlurper().parseText(sh('docker', 'inspect', '-f', '{{json .RepoDigests}}', local[0]))
    assert repoDigests.contains("127.0.0.1:5000/it-push-release@$digest".toString()) : 'not this build\'s image'

    // the encrypted password was decrypted (the push was accepted) and shown nowhere, in either form
    assert log.contains("Credentials for 127.0.0.1:5000: user 'stack' from settings.xml <server> 'encrypted-registry'")
    assert !log.contains('stack-secret')
    assert !log.contains('pc/RoGaQ6OoH7xKkdeXHQ3s6KXwe1wLnAcvFrgrSu3k=')
    return true
} finally {
    (['docker', 'rmi', '-f'] + local).execute().waitFor()
}
