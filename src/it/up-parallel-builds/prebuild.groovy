import java.nio.file.Files
import java.nio.file.StandardCopyOption
// Starts a second build of the same project (a copy with the same directory name, as a second CI job would have)
// just before invoker starts this one.
def copy = new File(basedir, 'target/second/up-parallel-builds')
copy.mkdirs()
def source = basedir.toPath()
['pom.xml', 'compose.yaml', 'src'].each { top ->
    Files.walk(source.resolve(top)).each { path ->
        def target = copy.toPath().resolve(source.relativize(path).toString())
        if (Files.isDirectory(path)) { Files.createDirectories(target) }
        else { Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING) }
    }
}
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def cmd = [mvn, '-B', 'verify', "-Dmaven.repo.local=$localRepositoryPath", "-Dstack.labels=$itsLabel",
           "-Dbarrier.dir=${new File(basedir, 'target/barrier').absolutePath}"]
def process = new ProcessBuilder(cmd.collect { it.toString() }).directory(copy).redirectErrorStream(true)
        .redirectOutput(new File(basedir, 'target/second/build.log')).start()
context.put('second', process)
return true
