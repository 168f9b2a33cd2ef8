// failsafe's single request succeeded (the build passed and the test wrote what it got), and the stack is gone.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/first-connection.txt')
assert report.isFile() : 'the integration test did not run'
assert report.text == '200 ready'
def m = log =~ /Stack (up-waits-for-port-test-[a-z0-9]{8}) is up in/
assert m.find()
engine.assertGone(m.group(1))
return true
