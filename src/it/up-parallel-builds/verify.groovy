// Both builds passed, each with its own project name, each reaching only its own stack; both were up at once.
import java.util.concurrent.TimeUnit
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
sh = engine.sh  // a binding variable, visible inside script methods
Process second = context.get('second')
assert second.waitFor(10, TimeUnit.MINUTES) : 'the second build did not finish'
def secondLog = new File(basedir, 'target/second/build.log').text
assert second.exitValue() == 0 : secondLog
def reports = [new File(basedir, 'target/concurrent.txt'),
               new File(basedir, 'target/second/up-parallel-builds/target/concurrent.txt')].collect { it.text.trim().split(' ') }
def projects = reports.collect { it[0] }
projects.each { assert it ==~ /up-parallel-builds-test-[a-z0-9]{8}/ }
assert projects[0] != projects[1]
assert reports.every { it[1] as int == 2 } : "the two stacks never ran at the same time: $reports"
projects.each { p ->
    assert sh('docker', 'ps', '-aq', '--filter', "label=com.docker.compose.project=$p") == ''
    assert sh('docker', 'network', 'ls', '-q', '--filter', "label=com.docker.compose.project=$p") == ''
}
return true
