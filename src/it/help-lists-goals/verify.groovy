// Every goal in the built plugin descriptor is described by stack:help, with its parameters.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
def jar = new File(localRepositoryPath, "io/github/stackmaven/stack-maven-plugin/${pluginVersion}/stack-maven-plugin-${pluginVersion}.jar")
def zip = new ZipFile(jar)
def descriptor = new groovy.xml.XmlSlurper().parse(zip.getInputStream(zip.getEntry('META-INF/maven/plugin.xml')))
zip.close()
def goals = descriptor.mojos.mojo.collect { it.goal.text() }
assert goals.containsAll(['help', 'ps'])
goals.each { goal -> assert log.contains("stack:$goal") : "help does not describe stack:$goal" }
assert log.contains('stack.ps.format')
return true
