def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
sh = engine.sh  // a binding variable, visible inside script methods
def log = new File(basedir, 'build.log').text
assert log.contains('Service api: Image 127.0.0.1:5001/stack-it/not-published:1.0 cannot be pulled')
assert log.contains('Build it (a `build:` section')
// docker-java logged its NotFoundException with a stack trace before our message (Maven's own resolver
// warnings may carry traces of their own here, so look for ours and docker-java's only)
assert !(log =~ /(?m)^\s+at (io\.github\.stackmaven|com\.github\.dockerjava)\./)
assert !log.contains('NotFoundException')
assert sh('docker', 'ps', '-aq', '--filter', 'name=up-unpullable-image-test-') == ''
assert sh('docker', 'network', 'ls', '-q', '--filter', 'name=up-unpullable-image-test-') == ''
return true
