import groovy.json.JsonSlurper

sh = evaluate(new File(basedir, '../_lib/engine.groovy')).sh  // a binding variable, visible in script methods
def tags = ['a-builder', 'a', 'b-builder', 'b', 'c-builder', 'c'].collect { "it-build-incremental-$it:1.0-SNAPSHOT".toString() }
def layers = { String image -> new JsonSlurper().parseText(sh('docker', 'inspect', '-f', '{{json .RootFS.Layers}}', image)) }
try {
    def log = new File(basedir, 'build.log').text
    // the second invocation's build of the builder target, as the product printed it
    int from = log.indexOf('Building target builder as it-build-incremental-b-builder')
    int to = log.indexOf('Building target production as it-build-incremental-b:')
    assert from >= 0 && to > from : 'second build not found in build.log'
    def second = log.substring(from, to).readLines().collect { it.replaceFirst(/^\[INFO\] /, '') }
    def stepNumber = { String title ->
        def line = second.find { it ==~ /#\d+ \[builder \d\/\d\] ${java.util.regex.Pattern.quote(title)}.*/ }
        assert line : "no step '$title' in the second build:\n${second.join('\n')}"
        return line.substring(1, line.indexOf(' '))
    }
    def deps = stepNumber('RUN --mount=type=cache')
    def copyDeps = stepNumber('COPY deps.txt')
    def copyApp = stepNumber('COPY app/')
    def app = stepNumber('RUN mkdir -p /out')
    assert second.contains("#$copyDeps CACHED".toString())
    assert second.contains("#$deps CACHED".toString()) : "dependency step not cached:\n${second.join('\n')}"
    assert !second.any { it ==~ /#$deps \d+\.\d{3} fetching deps/ } : 'the dependency step ran again'
    assert second.any { it ==~ /#$copyApp DONE \d+\.\ds/ } : 'the changed app file was not copied again'
    assert second.any { it ==~ /#$app DONE \d+\.\ds/ }
    assert second.any { it.startsWith("#$app ") && it.contains('built app: second') }

    // the engine's view: every layer below the application's is shared between the two builds
    def a = layers(tags[0]), b = layers(tags[2])
    assert a.size() == b.size()
    assert a[0..-3] == b[0..-3] : 'dependency layers were rebuilt'
    assert a[-2] != b[-2] && a[-1] != b[-1]
    def pa = layers(tags[1]), pb = layers(tags[3])
    assert pa[0..-2] == pb[0..-2] && pa[-1] != pb[-1]

    // 3: deps.txt changed, so the dependency step ran again: and found the first build's downloads in the cache mount
    def third = log.substring(log.indexOf('Building target builder as it-build-incremental-c-builder')).readLines()
            .takeWhile { !it.contains('Built it-build-incremental-c-builder') }.collect { it.replaceFirst(/^\[INFO\] /, '') }
    def depsLine = third.find { it ==~ /#\d+ \[builder 4\/6\] RUN --mount=type=cache.*/ }
    def n = depsLine.substring(1, depsLine.indexOf(' '))
    assert third.any { it ==~ /#$n \d+\.\d{3} deps from the cache mount/ } : "cache mount empty:\n${third.join('\n')}"

    def images = new JsonSlurper().parse(new File(basedir, 'target/stack/images.json')).images
    assert images*.tags.flatten() == [tags[4], tags[5]]
    return true
} finally {
    (['docker', 'rmi', '-f'] + tags).execute().waitFor()
}
