// A writable copy of the repository's layout fixtures in target/layouts (script variable layoutsDir), with the files
// each layout's project creates at set-up time: .env from example.env / default.env, shop.env from its template.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path layouts = Path.of(layoutsDir).toAbsolutePath().normalize()
assert Files.isDirectory(layouts.resolve('base-extends')) : "layout fixtures not found at $layouts (script variable layoutsDir)"
Path target = basedir.toPath().resolve('target/layouts')
Files.walk(layouts).withCloseable { walk ->
    walk.each { Path p ->
        Path dest = target.resolve(layouts.relativize(p).toString())
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
}
copy('base-extends', 'example.env', '.env')
copy('overlay', 'default.env', '.env')
copy('overlay', 'shop.env.default', 'shop.env')
return true
