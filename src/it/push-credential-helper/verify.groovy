import groovy.json.JsonSlurper

def local = ['localhost:5000/it-push-credential-helper:4.0.0']
try {
    def log = new File(basedir, 'build.log').text
    assert new File(basedir, 'target/helper-calls.txt').readLines() == ['localhost:5000'] : 'helper asked once'
    assert log =~ /Credentials for localhost:5000: user 'stack' from docker-credential-itstore \(credsStore in \S*docker-config\/config\.json\)/
    def c = new URL('http://127.0.0.1:5000/v2/it-push-credential-helper/tags/list').openConnection()
    c.setRequestProperty('Authorization', 'Basic ' + 'stack:stack-secret'.bytes.encodeBase64().toString())
    assert c.responseCode == 200
    assert new JsonSlurper().parse(c.inputStream).tags == ['4.0.0']
    assert log.contains('Pushed localhost:5000/it-push-credential-helper:4.0.0 (sha256:')
    assert !log.contains('stack-secret')
    return true
} finally {
    (['docker', 'rmi', '-f'] + local).execute().waitFor()
}
