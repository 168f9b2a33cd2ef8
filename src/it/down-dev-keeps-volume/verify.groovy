// The read in the third build only succeeds if the row written in the first survived the down in between.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('Kept volume(s) down-dev-keeps-volume_pgdata; -Dstack.removeVolumes=true removes them')
// the fourth build's down -Dstack.removeVolumes=true names what it removed
assert log.contains('Removed volume(s) down-dev-keeps-volume_pgdata (stack.removeVolumes)')
assert new File(basedir, 'target/stack/logs/read.log').text.contains('written before down')
engine.assertGone('down-dev-keeps-volume')  // volumes too: removeVolumes=true removed the dev volume
return true
