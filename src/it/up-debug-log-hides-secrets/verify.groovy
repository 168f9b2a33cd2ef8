// Here the log is the product: under -X, no line may carry the env-file secret (docker-java's command dump did).
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def log = new File(basedir, 'build.log').text
def state = engine.stackState(basedir, 'test')
def project = state.getProperty('stack.project')
try {
    assert log.contains('[DEBUG]'): 'the build did not run with -X'
    // up succeeded, so the one-shot service exited 0: the secret reached the container
    assert log.contains('BUILD SUCCESS')
    assert !log.contains('Sw0rdfish-7c1e-IT')
    assert !log.contains('Sw0rdfish')
} finally {
    engine.assertGone(project)
}
return true
