sh = evaluate(new File(basedir, '../_lib/engine.groovy')).sh  // a binding variable, visible in script methods
def local = ['localhost:5000/it-push-no-credentials:1.0-SNAPSHOT', 'localhost:5000/it-push-no-credentials:latest']
try {
    def log = new File(basedir, 'build.log').text
    // 1: warning, build succeeds, images stay
    def warnings = log.readLines().findAll { it.startsWith('[WARNING] The registry localhost:5000') }
    assert warnings.size() == 1
    assert warnings[0].contains('The registry localhost:5000 asks for credentials and none were found')
    assert warnings[0].contains("a settings.xml <server> with id 'localhost:5000'")
    assert warnings[0].contains('not pushing to localhost:5000; the images stay built locally')
    assert warnings[0].contains('stack.push.strict=true')
    assert log.contains('No credentials for localhost:5000; pushing anonymously')
    def ids = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stack/images.json')).images*.id
    assert ids == [sh('docker', 'inspect', '-f', '{{.Id}}', local[0])]

    // 2: strict
    def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
    assert errors.size() == 1
    assert errors[0].contains('The registry localhost:5000 asks for credentials and none were found')
    assert errors[0].contains('stack.push.strict is set')

    def c = new URL('http://127.0.0.1:5000/v2/it-push-no-credentials/tags/list').openConnection()
    c.setRequestProperty('Authorization', 'Basic ' + 'stack:stack-secret'.bytes.encodeBase64().toString())
    assert c.responseCode == 404
    return true
} finally {
    (['docker', 'rmi', '-f'] + local).execute().waitFor()
}
