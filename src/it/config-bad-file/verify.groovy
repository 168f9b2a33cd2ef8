// Each failure is one readable message with file:line:column, in a BUILD FAILURE without a Java stack trace.
def log = new File(basedir, 'build.log').text
assert log.count('BUILD FAILURE') == 2
assert log.contains('compose.yaml:5:5: services.web: unknown key "imgae"; did you mean "image"?')
def yaml = log =~ /broken\.yaml:(\d+):(\d+): [^\n]*invalid YAML/
assert yaml.find() : 'no positioned YAML error for broken.yaml'
assert yaml.group(1) == '4'
// one readable message: a user mistake is a BUILD FAILURE without a Java stack trace
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/)
assert !log.contains('Exception:')
assert !log.contains('Caused by')
// nothing was written: config did not get as far as printing a document
assert !log.contains('name: config-bad-file')
return true
