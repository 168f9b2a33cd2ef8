import groovy.json.JsonSlurper

sh = evaluate(new File(basedir, '../_lib/engine.groovy')).sh  // a binding variable, visible in script methods
def tags = ['it-build-classic-builder-builder:1.0', 'it-build-classic-builder:1.0']
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Building with the classic builder (stack.build.classic)')
    assert log =~ /(?m)^\[INFO\] Step 1\/\d+ : FROM busybox:latest AS builder$/
    assert !log.contains('load remote build context') : 'BuildKit was used'

    def images = new JsonSlurper().parse(new File(basedir, 'target/stack/images.json')).images
    assert images*.tags == [[tags[0]], [tags[1]]]
    images.eachWithIndex { image, i -> assert image.id == sh('docker', 'inspect', '-f', '{{.Id}}', tags[i]) }
    assert sh('docker', 'run', '--rm', '--label', itsLabel, tags[1]) == 'classic build of hello'
    assert sh('docker', 'inspect', '-f', '{{index .Config.Labels "org.opencontainers.image.version"}}', tags[1]) == '1.0'

    def error = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
    assert error.contains("Target 'builder' (it-build-classic-failing-builder:1.0): Image build failed at step 'Step 4/")
    assert error.contains("returned a non-zero code: 4")
    assert error.contains('Last output of that step:\n[ERROR]   ')
    assert error.contains('the classic builder says no')
    // the failed step's container is removed, not left behind (forcerm)
    def leftover = sh('docker', 'ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Command}}').readLines()
            .findAll { it.contains('the classic builder says no') }
    assert leftover.isEmpty() : "left behind: $leftover"
    return true
} finally {
    (['docker', 'rmi', '-f'] + tags).execute().waitFor()
}
