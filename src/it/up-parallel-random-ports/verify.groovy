// Both builds passed with the same fixed-port compose file, each with its own project on its own free port,
// and each reached its own container; nothing is left.
import java.util.concurrent.TimeUnit
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
Process second = context.get('second')
assert second.waitFor(5, TimeUnit.MINUTES) : 'the second build did not finish'
def secondLog = new File(basedir, 'target/second/build.log').text
assert second.exitValue() == 0 : secondLog
def reports = [new File(basedir, 'target/served.txt'),
               new File(basedir, 'target/second/up-parallel-random-ports/target/served.txt')]
        .collect { it.text.trim().split(' ') }
def projects = reports.collect { it[0] }
projects.each { assert it ==~ /up-parallel-random-ports-test-[a-z0-9]{8}/ }
assert projects[0] != projects[1]
assert reports[0][1] != reports[1][1] : "both on port ${reports[0][1]}"
assert reports.every { it[1] != '18431' }
assert reports[0][2] != reports[1][2] : 'both reached the same container'
def log = new File(basedir, 'build.log').text
assert !log.contains('Fixed host ports defeat the isolation') : 'warned although stack.ports=random'
projects.each { engine.assertGone(it) }
return true
