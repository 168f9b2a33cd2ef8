import groovy.json.JsonSlurper

sh = evaluate(new File(basedir, '../_lib/engine.groovy')).sh  // a binding variable, visible in script methods
def registry = 'http://127.0.0.1:5000'
def auth = 'Basic ' + 'stack:stack-secret'.bytes.encodeBase64().toString()
def get = { String path, String accept = null ->
    def c = new URL(registry + path).openConnection()
    c.setRequestProperty('Authorization', auth)
    if (accept) c.setRequestProperty('Accept', accept)
    assert c.responseCode == 200 : "GET $path: HTTP ${c.responseCode}"
    return c
}
def local = ['127.0.0.1:5000/it-push-snapshot:1.0-SNAPSHOT', '127.0.0.1:5000/it-push-snapshot:latest']
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('[DEBUG]') : 'the build did not run with -X'

    def tags = new JsonSlurper().parse(get('/v2/it-push-snapshot/tags/list').inputStream).tags
    assert tags == ['latest'] : "a SNAPSHOT pushes latest only, registry has $tags"

    // what the registry holds under latest is what this build pushed (each build has its own created label)
    def manifest = get('/v2/it-push-snapshot/manifests/latest', 'application/vnd.docker.distribution.manifest.v2+json')
    def digest = manifest.getHeaderField('Docker-Content-Digest')
    def repoDigests = new JsonSlurper().parseText(sh('docker', 'inspect', '-f', '{{json .RepoDigests}}', local[1]))
    assert repoDigests.contains("127.0.0.1:5000/it-push-snapshot@$digest".toString())
    assert log.contains("Pushed 127.0.0.1:5000/it-push-snapshot:latest ($digest)")
    assert log =~ /Credentials for 127\.0\.0\.1:5000: user 'stack' from settings\.xml <server> '127\.0\.0\.1:5000'/

    // push progress is one line per layer state, not per byte
    assert !(log =~ /(?m)^\[INFO\] .*Pushing \[=*>/)

    // the password, in clear, in basic-auth form or inside the engine's X-Registry-Auth header, is nowhere
    assert !log.contains('stack-secret')
    assert !log.contains('stack:stack-secret'.bytes.encodeBase64().toString())
    (log =~ /(?i)X-Registry-Auth["':\s]+([A-Za-z0-9_=-]+)/).each { m ->
        assert !new String(Base64.getUrlDecoder().decode(m[1])).contains('stack-secret') : 'auth header logged'
    }
    return true
} finally {
    (['docker', 'rmi', '-f'] + local).execute().waitFor()
}
