// The base-extends layout fixture's compose files, unchanged, next to the IT's overlay; .env from example.env.
import java.nio.file.Files
import java.nio.file.StandardCopyOption
def layout = new File(layoutsDir, 'base-extends').canonicalFile
assert layout.isDirectory() : "the layout fixture is missing: looked in $layout"
['docker-compose.base.yml', 'docker-compose.test.yml', 'example.env'].each {
    Files.copy(new File(layout, it).toPath(), new File(basedir, it).toPath(), StandardCopyOption.REPLACE_EXISTING)
}
Files.copy(new File(layout, 'example.env').toPath(), new File(basedir, '.env').toPath(), StandardCopyOption.REPLACE_EXISTING)
return true
