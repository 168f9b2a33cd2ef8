def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def tags = ['a-builder', 'a', 'b-builder', 'b'].collect { "it-build-session-$it:1.0-SNAPSHOT".toString() }
def token = 'it-session-token-7f3a9c'
def settings = 'it-session-settings-b41d'
try {
    def log = new File(basedir, 'build.log').text
    assert !log.contains('No build session') : 'the build fell back to a tar upload'
    def sent = log.readLines().findAll { it.contains('Build session: sent ') }
            .collect { it.replaceFirst(/^\[INFO\] /, '') }
    assert sent.size() == 4 : "one count per target and invocation:\n${sent.join('\n')}"
    def bytes = { String line -> (line =~ /, (\d+) bytes of context/)[0][1] as long }
    // 1: everything (big.bin included), except what .dockerignore leaves out; the second target: nothing
    assert bytes(sent[0]) > 256 * 1024
    assert sent[1] == 'Build session: sent 0 changed file(s), 0 bytes of context'
    // 2: the changed app/message.txt, and the Dockerfile and .dockerignore BuildKit reads afresh for every build
    def expected = ['Dockerfile', '.dockerignore', 'app/message.txt'].sum { new File(basedir, it).length() }
    assert sent[2] == "Build session: sent 3 changed file(s), $expected bytes of context".toString()
    assert sent[3] == 'Build session: sent 0 changed file(s), 0 bytes of context'

    // the secrets were read in the build, and appear in no log line (the second invocation ran with -X)
    assert log.contains("token length ${token.length()}, settings length ${settings.length() + 1}")
    // (Maven's own -X dump of the environment shows every variable, the secret one too: that line is Maven's)
    def ours = log.readLines().findAll { !it.startsWith('[DEBUG] env.IT_SESSION_TOKEN: ') }.join('\n')
    assert !ours.contains(token) && !ours.contains(settings) : 'a secret value is in build.log'

    // ... and in no layer of any image built
    def saved = File.createTempFile('it-build-session', '.tar')
    try {
        engine.sh(*(['docker', 'save', '-o', saved.path] + tags))
        def text = new String(saved.bytes, 'ISO-8859-1')
        assert text.contains('second') : 'the saved images do not hold the app file: the check would prove nothing'
        assert !text.contains(token) && !text.contains(settings) : 'a secret value is in an image layer'
    } finally {
        saved.delete()
    }
    assert engine.sh('docker', 'run', '--rm', tags[3]).startsWith('second (')
    return true
} finally {
    (['docker', 'rmi', '-f'] + tags).execute().waitFor()
    new File(basedir, 'big.bin').delete()
}
