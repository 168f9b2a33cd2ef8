// The seed's compose files, unchanged, next to the IT's overlay; .env from example.env as pycroft's docs say.
import java.nio.file.Files
import java.nio.file.StandardCopyOption
def seeds = new File(seedsDir, 'pycroft').canonicalFile
assert seeds.isDirectory() : "the seed corpus is missing: looked in $seeds"
['docker-compose.base.yml', 'docker-compose.test.yml', 'example.env'].each {
    Files.copy(new File(seeds, it).toPath(), new File(basedir, it).toPath(), StandardCopyOption.REPLACE_EXISTING)
}
Files.copy(new File(seeds, 'example.env').toPath(), new File(basedir, '.env').toPath(), StandardCopyOption.REPLACE_EXISTING)
return true
