// After generation: the archetype jar cannot carry a file named .gitignore (default excludes of the archiver),
// so the template ships it as "gitignore"; and archives lose the executable bit of the Maven wrapper.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def project = new File(request.outputDirectory, request.artifactId)
def gitignore = new File(project, 'gitignore')
if (gitignore.isFile()) {
    Files.move(gitignore.toPath(), new File(project, '.gitignore').toPath(), StandardCopyOption.REPLACE_EXISTING)
}
def mvnw = new File(project, 'mvnw')
if (mvnw.isFile()) {
    mvnw.setExecutable(true, false)
}
