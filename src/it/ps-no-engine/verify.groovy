def log = new File(basedir, 'build.log').text
assert log.contains('Cannot reach a Docker engine. Tried:')
assert log.contains('unix:///nonexistent/stack-it/docker.sock (DOCKER_HOST): no such socket')
// -DskipITs would not avoid stack:ps, so ps does not offer it (up and down of test stacks do)
assert !log.contains('skipITs')
// one readable message: a user mistake is a BUILD FAILURE without a Java stack trace
assert !(log =~ /(?m)^\s+at io\.github\.stackmaven\./)
assert !log.contains('Exception:')
return true
