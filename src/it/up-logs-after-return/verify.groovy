// After down, the log files hold what the containers printed after up returned (and a one-shot's output), and the
// files under target/stack/ that hold exported values or logs are readable by their owner only.
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def project = engine.stackState(basedir, 'test').getProperty('stack.project')
assert project ==~ /up-logs-after-return-test-[a-z0-9]{8}/
def late = new File(basedir, 'target/stack/logs/late.log')
assert late.text.readLines() == ['first line', 'printed after up returned'] : "late.log: ${late.text}"
assert new File(basedir, 'target/stack/logs/once.log').text.readLines() == ['one-shot output']
[late, new File(basedir, 'target/stack/logs/once.log'), new File(basedir, 'target/stack/test.properties')].each {
    assert PosixFilePermissions.toString(Files.getPosixFilePermissions(it.toPath())) == 'rw-------' : it
}
engine.assertGone(project)
return true
