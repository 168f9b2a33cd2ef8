def log = new File(basedir, 'build.log').text
assert log.contains('Skipping stack:build (stack.build.skip)')
assert log.contains('Skipping stack:push (stack.push.skip)')
assert log.count('Skipping stack:build (stack.skip)') == 1
assert log.count('Skipping stack:push (stack.skip)') == 1
assert log.count('BUILD SUCCESS') == 2
assert !new File(basedir, 'target/stack/images.json').exists()
assert !log.contains('Building target')
return true
