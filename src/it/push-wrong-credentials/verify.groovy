def local = ['127.0.0.1:5000/it-push-wrong-credentials:1.0']
try {
    def log = new File(basedir, 'build.log').text
    def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
    assert errors.size() == 2
    assert errors[0].contains("The registry 127.0.0.1:5000 refused the credentials of user 'stack' from settings.xml"
            + " <server> 'wrong-credentials'")
    assert errors[0].contains('fix the user name or password there')
    assert errors[1].contains("stack.push.serverId names the settings.xml <server> 'no-such-server', and there is none")
    assert !log.contains('not-the-password')
    assert !(log =~ /(?m)^\s+at io\.github\.stackmaven/) : 'a refused login is a user mistake: no stack trace'

    // nothing reached the registry under that name
    def c = new URL('http://127.0.0.1:5000/v2/it-push-wrong-credentials/tags/list').openConnection()
    c.setRequestProperty('Authorization', 'Basic ' + 'stack:stack-secret'.bytes.encodeBase64().toString())
    assert c.responseCode == 404
    return true
} finally {
    (['docker', 'rmi', '-f'] + local).execute().waitFor()
}
