// A writable copy of the seed corpus in target/seeds, with the files each project creates at set-up time
// (SOURCES.md): pycroft's .env from example.env, truenth's .env from default.env and portal.env from
// portal.env.default, empty .env files where a project expects one that is deployed separately.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path seeds = Path.of(seedsDir).toAbsolutePath().normalize()
assert Files.isRegularFile(seeds.resolve('SOURCES.md')) : "seed corpus not found at $seeds (script variable seedsDir)"
Path target = basedir.toPath().resolve('target/seeds')

Files.walk(seeds).withCloseable { walk ->
    walk.each { Path p ->
        Path dest = target.resolve(seeds.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(dest)
        } else {
            Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING)
            dest.toFile().setWritable(true)
        }
    }
}
def copy = { String dir, String from, String to ->
    Path d = target.resolve(dir)
    Files.copy(d.resolve(from), d.resolve(to), StandardCopyOption.REPLACE_EXISTING)
    d.resolve(to).toFile().setWritable(true)
}
copy('pycroft', 'example.env', '.env')
copy('pycroft/_legacy-aeae9b7-compose-v2.3', 'example.env', '.env')
copy('truenth-portal/docker', 'default.env', '.env')
copy('truenth-portal/docker', 'portal.env.default', 'portal.env')
Files.writeString(target.resolve('pixel').resolve('.env'), '')
// addons-server's `make setup` writes DOCKER_TAG into .env; without it its services have `image: ""`, which compose
// v2 (and so the plugin) rejects: neither an image nor a build context
Files.writeString(target.resolve('addons-server').resolve('.env'), 'DOCKER_TAG=mozilla/addons-server:local\n')

// in pycroft's repository docker-compose.yml is a symlink to the dev file; the corpus stores its target as text
Path link = target.resolve('pycroft/docker-compose.yml')
String linkTarget = Files.readString(link).strip()
assert linkTarget == 'docker-compose.dev.yml'
Files.delete(link)
Files.createSymbolicLink(link, Path.of(linkTarget))
return true
