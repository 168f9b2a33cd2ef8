// Builds the stand-ins for eclipse-temurin:17-jdk, eclipse-temurin:17-jre and postgres:16 (Docker Hub is out of reach)
// for the ITs of generated archetype projects: `evaluate(new File(basedir, '../_lib/standin-images.groovy'))` from a
// hook script (it reads basedir and itsLabel from the script's binding).
// Built from debian:bookworm-slim by the recipes in src/it/_images, only when the engine does not have them yet.
// The JDK image also gets the host's extra CA certificates: the dev container's Maven downloads from Central.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def images = [new File(basedir, '../_images'), new File(basedir, '../../../_images')].find { it.isDirectory() }
assert images : "src/it/_images not found from $basedir"
def build = { String tag, File context ->
    def p = ['docker', 'build', '-q', '--label', itsLabel.toString(), '-t', tag, context.absolutePath].execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "docker build $tag: $err"
}
def missing = { String tag -> ['docker', 'image', 'inspect', tag].execute().waitFor() != 0 }

if (missing('stack-it/jdk:17')) {
    def context = new File(basedir, 'target/images/jdk')
    new File(context, 'ca').mkdirs()
    Files.copy(new File(images, 'jdk/Dockerfile').toPath(), new File(context, 'Dockerfile').toPath(),
            StandardCopyOption.REPLACE_EXISTING)
    new File('/usr/local/share/ca-certificates').listFiles()?.findAll { it.name.endsWith('.crt') }?.each {
        Files.copy(it.toPath(), new File(context, "ca/${it.name}").toPath(), StandardCopyOption.REPLACE_EXISTING)
    }
    build('stack-it/jdk:17', context)
}
['stack-it/jre:17': 'jre', 'stack-it/postgres:15': 'postgres'].each { tag, dir ->
    if (missing(tag)) {
        build(tag, new File(images, dir))
    }
}
true
