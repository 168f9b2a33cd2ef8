import groovy.json.JsonSlurper

sh = evaluate(new File(basedir, '../_lib/engine.groovy')).sh  // a binding variable, visible in script methods
def local = ['it-push-open:2.0.0', '127.0.0.1:5001/it-push-open:2.0.0', '127.0.0.1:5001/it-push-open:rel-3',
             'it-push-open-builder:2.0.0', '127.0.0.1:5001/it-push-open-builder:2.0.0',
             '127.0.0.1:5001/it-push-open-builder:rel-3']
try {
    def log = new File(basedir, 'build.log').text
    def tags = new JsonSlurper().parse(new URL('http://127.0.0.1:5001/v2/it-push-open/tags/list')).tags
    assert tags.containsAll(['2.0.0', 'rel-3'])
    ['2.0.0', 'rel-3'].each { tag ->
        def c = new URL("http://127.0.0.1:5001/v2/it-push-open/manifests/$tag").openConnection()
        c.setRequestProperty('Accept', 'application/vnd.docker.distribution.manifest.v2+json')
        assert c.responseCode == 200
        def digest = c.getHeaderField('Docker-Content-Digest')
        // this build's image: the engine recorded the digest the registry now serves
        def repoDigests = new JsonSlurper().parseText(sh('docker', 'inspect', '-f', '{{json .RepoDigests}}', local[0]))
        assert repoDigests.contains("127.0.0.1:5001/it-push-open@$digest".toString())
        assert log.contains("Pushed 127.0.0.1:5001/it-push-open:$tag ($digest)")
    }
    assert !log.contains('it-push-open:latest')

    // the builder image was built but is not pushed by default: the registry never heard of it, and the engine
    // holds it only under its local name
    sh('docker', 'image', 'inspect', 'it-push-open-builder:2.0.0')
    assert ['docker', 'image', 'inspect', '127.0.0.1:5001/it-push-open-builder:2.0.0'].execute().waitFor() != 0
    assert new URL('http://127.0.0.1:5001/v2/it-push-open-builder/tags/list').openConnection().responseCode == 404
    assert log.contains('Not pushing builder: only the production image is pushed by default;'
            + ' -Dstack.push.targets=builder pushes it too')
    assert log.contains('No credentials for 127.0.0.1:5001; pushing anonymously')
    assert !log.contains('[WARNING] The registry')

    def head = sh('git', '-C', basedir.path, 'rev-parse', 'HEAD')
    assert sh('docker', 'inspect', '-f', '{{index .Config.Labels "org.opencontainers.image.revision"}}', local[0]) == head
    return true
} finally {
    (['docker', 'rmi', '-f'] + local).execute().waitFor()
}
