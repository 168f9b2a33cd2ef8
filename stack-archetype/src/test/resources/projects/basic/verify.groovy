// The reference copies hold compose syntax that Velocity would break; make sure they still do, so that the
// comparison with reference/ means something, and check what the post-generate script does.
def project = new File(basedir, 'project/notes-service')
def text = { String name -> new File(project, name).text }
assert text('docker-compose.base.yml').contains('${POSTGRES_IMAGE:-postgres:16}')
assert text('docker-compose.base.yml').contains('$$POSTGRES_USER')
assert text('docker-compose.base.yml').startsWith('## Common definitions.')
assert text('docker-compose.dev.yml').contains('"127.0.0.1:${APP_PORT:-8080}:8080"')
assert text('docker-compose.ci.yml').contains('volumes: !reset []')
assert text('Dockerfile').startsWith('## Stages:')
assert text('src/main/resources/version.json').contains('"version": "${project.version}"')
assert text('.env.default').contains('COMPOSE_PROJECT_NAME=notes-service\n')
assert text('.gitignore').contains('\napp.env\n')
assert !new File(project, 'gitignore').exists()
assert new File(project, 'mvnw').canExecute()
def pom = text('pom.xml')
assert pom.startsWith('<?xml')
assert pom.contains('<BUILT_IMAGE>${stack.image}:${project.version}</BUILT_IMAGE>')
assert pom.contains('<mainClass>com.example.shop.notes.App</mainClass>')
assert !pom.contains('${dollar}')
// the ITs run alone too (IDE, failsafe:integration-test): stack-junit of the archetype's own version
assert pom.contains('<artifactId>stack-junit</artifactId>\n          <version>${stack-maven-plugin.version}</version>')
assert text('docker-compose.dev.yml').contains('sh mvnw -B -DdevContainer compile')
assert text('src/test/java/com/example/shop/notes/AppIT.java').contains('@Stack\nclass AppIT')
return true
