// The dev container still runs and its named volume still exists after three downs of the test environment;
// each of those downs said in one line that it found nothing of its own. Then the fixture is removed.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def project = 'down-never-touches-dev'
def label = "label=com.docker.compose.project=$project"
try {
    def running = engine.sh('docker', 'ps', '-q', '--filter', label,
            '--filter', 'label=io.github.stackmaven.environment=dev')
    assert running.readLines().size() == 1 : 'the dev container was removed or stopped by a down of the test environment'
    assert engine.sh('docker', 'volume', 'ls', '-q', '--filter', label) == "${project}_data" :
            'the dev volume was removed by a down of the test environment'
    def log = new File(basedir, 'build.log').text
    assert log.count("Nothing to remove: no test stack $project of this plugin on the engine") == 3 : log
    assert log.contains("containers of project $project from the dev environment are never touched by down of test")
} finally {
    engine.sh('docker', 'ps', '-aq', '--filter', label).readLines().each { engine.sh('docker', 'rm', '-f', '-v', it) }
    engine.sh('docker', 'network', 'ls', '-q', '--filter', label).readLines().each { engine.sh('docker', 'network', 'rm', it) }
    engine.sh('docker', 'volume', 'ls', '-q', '--filter', label).readLines().each { engine.sh('docker', 'volume', 'rm', it) }
}
engine.assertGone(project)
return true
