// The message is the product: which base image failed, which build arg of the Dockerfile holds it, and the
// property (the POM's, as the archetype's jdk.image) or build arg that replaces it.
def log = new File(basedir, 'build.log').text
def error = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert error.contains("Target 'production' (it-build-base-image-hint:1.0): Image build failed at step")
assert error.contains('The base image 127.0.0.1:5001/stack-it/no-such-base:1 could not be pulled. It is the build arg'
        + ' BASE_IMAGE of Dockerfile (FROM ${BASE_IMAGE})')
assert error.contains('-Dbase.image=<image> (the POM passes it as BASE_IMAGE) or -Dstack.buildArgs.BASE_IMAGE=<image>.')
assert !error.contains('at io.github.stackmaven') : 'a user mistake is reported without a stack trace'
// nothing was tagged
assert ['docker', 'image', 'inspect', 'it-build-base-image-hint:1.0'].execute().waitFor() != 0
return true
