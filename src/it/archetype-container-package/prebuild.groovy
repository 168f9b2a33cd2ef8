// The stand-in base images (src/it/_lib/standin-images.groovy); the fake home's .m2/settings.xml, which the
// generated POM passes as the build secret maven-settings: a mirror of everything named corp-mirror (Maven Central
// itself) and a server password unique to this run; the BuildKit cache mounts of the Maven home that exist
// already (verify.groovy removes only the one this IT creates).
evaluate(new File(basedir, '../_lib/standin-images.groovy'))
def cacheMounts = evaluate(new File(basedir, 'cache-mounts.groovy'))

def password = "corp-password-${UUID.randomUUID()}"
def settings = new File(basedir, 'home/.m2/settings.xml')
settings.parentFile.mkdirs()
settings.text = """<settings>
  <mirrors>
    <mirror>
      <id>corp-mirror</id>
      <mirrorOf>*</mirrorOf>
      <url>https://repo.maven.apache.org/maven2</url>
    </mirror>
  </mirrors>
  <servers>
    <server>
      <id>corp-mirror</id>
      <username>ci</username>
      <password>${password}</password>
    </server>
  </servers>
</settings>
"""
new File(basedir, 'target').mkdirs()
new File(basedir, 'target/password').text = password
new File(basedir, 'target/cache-mounts-before').text = cacheMounts().join('\n')
return true
