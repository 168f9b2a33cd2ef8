// The next up (this build's) removed the killed build's stack: containers, network and volume.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
String victim = context.get('victim')
def log = new File(basedir, 'build.log').text
assert log.contains("Removing test stack $victim: the build that started it is gone")
engine.assertGone(victim)
return true
