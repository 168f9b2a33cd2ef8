import groovy.json.JsonSlurper

def local = ['localhost:5000/it-push-docker-config:3.1-SNAPSHOT', 'localhost:5000/it-push-docker-config:candidate',
             'localhost:5000/it-push-docker-config:build-42', 'localhost:5000/it-push-docker-config-builder:3.1-SNAPSHOT',
             'localhost:5000/it-push-docker-config-builder:candidate', 'localhost:5000/it-push-docker-config-builder:build-42']
try {
    def log = new File(basedir, 'build.log').text
    assert log =~ /Credentials for localhost:5000: user 'stack' from \S*docker-config\/config\.json/
    def c = new URL('http://127.0.0.1:5000/v2/it-push-docker-config/tags/list').openConnection()
    c.setRequestProperty('Authorization', 'Basic ' + 'stack:stack-secret'.bytes.encodeBase64().toString())
    assert c.responseCode == 200
    def tags = new JsonSlurper().parse(c.inputStream).tags as Set
    assert tags == ['candidate', 'build-42'] as Set : "stack.tags replace latest: $tags"
    assert log.contains('Pushed localhost:5000/it-push-docker-config:candidate (sha256:')

    // stack.push.targets=builder: the builder image went too, and what the registry serves is this build's image
    def m = new URL('http://127.0.0.1:5000/v2/it-push-docker-config-builder/manifests/candidate').openConnection()
    m.setRequestProperty('Authorization', 'Basic ' + 'stack:stack-secret'.bytes.encodeBase64().toString())
    m.setRequestProperty('Accept', 'application/vnd.docker.distribution.manifest.v2+json')
    assert m.responseCode == 200
    def digest = m.getHeaderField('Docker-Content-Digest')
    if ((System.getenv('DOCKER_HOST') ?: '').contains('podman')) {
        // Podman records no RepoDigests on push: the registry's digest is the one the push reported
        assert log.contains("candidate: digest: $digest".toString())
    } else {
        def repoDigests = new JsonSlurper().parseText(['docker', 'inspect', '-f', '{{json .RepoDigests}}',
                'localhost:5000/it-push-docker-config-builder:3.1-SNAPSHOT'].execute().text)
        assert repoDigests.contains("localhost:5000/it-push-docker-config-builder@$digest".toString())
    }
    assert !log.contains('Not pushing builder')
    assert !log.contains('stack-secret') && !log.contains('c3RhY2s6c3RhY2stc2VjcmV0')
    return true
} finally {
    (['docker', 'rmi', '-f'] + local).execute().waitFor()
}
