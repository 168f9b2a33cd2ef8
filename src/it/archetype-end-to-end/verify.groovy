// Checks every step of invoker.properties on the engine's real state, then runs the dev stack twice around a
// down. Removes what it made (images, dev volumes) in the finally block.
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def app = new File(basedir, 'gen/it-archetype-app')
def image = 'it-archetype-app'
def version = '1.0-SNAPSHOT'
def pushed = "127.0.0.1:5000/$image"
def localImages = ["$image:$version", "$image-builder:$version", "$pushed:latest", "$pushed-builder:latest",
                   "$image-dev:latest"].collect { it.toString() }

def run = { List<String> cmd, Map<String, String> env = [:], File dir = app ->
    def pb = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(true)
    pb.environment().putAll(env)
    def p = pb.start()
    def out = p.inputStream.getText('UTF-8')
    p.waitFor()
    [exit: p.exitValue(), out: out]
}
def sh = { String... cmd ->
    def r = run(cmd as List)
    assert r.exit == 0 : "${cmd.join(' ')}: ${r.out}"
    r.out.trim()
}
def http = { String method, String url, String body = null ->
    def c = (HttpURLConnection) new URL(url).openConnection()
    c.requestMethod = method
    c.connectTimeout = 5000
    c.readTimeout = 10000
    if (body != null) {
        c.doOutput = true
        c.outputStream.withWriter('UTF-8') { it << body }
    }
    def code = c.responseCode
    [code: code, body: (code < 400 ? c.inputStream : c.errorStream)?.getText('UTF-8')]
}
def uid = sh('id', '-u')
def gid = sh('id', '-g')
def log = new File(basedir, 'build.log').text
def devUp = false
def mvnDev = null

try {
    // 1. generated in batch mode, standalone, wrapper executable, .gitignore in place
    assert new File(app, 'pom.xml').isFile()
    assert !new File(basedir, 'pom.xml').text.contains('<module>') : 'generate linked the project into the IT pom'
    assert !new File(app, 'pom.xml').text.contains('<parent>')
    assert new File(app, 'mvnw').canExecute()
    assert new File(app, '.gitignore').readLines().containsAll(['.env', 'app.env'])
    ['base', 'dev', 'test', 'ci', 'prod'].each { assert new File(app, "docker-compose.${it}.yml").isFile() }

    // 2. mvn verify: unit tests, image, test stack, ITs against app + db, nothing left
    def failsafe = new File(app, 'target/failsafe-reports/failsafe-summary.xml').text
    assert failsafe.contains('<completed>4</completed>') : failsafe
    assert failsafe.contains('<failures>0</failures>') && failsafe.contains('<errors>0</errors>') : failsafe
    assert new File(app, 'target/surefire-reports').listFiles().any { it.name.endsWith('ServerTest.txt') }
    def state = new Properties()
    new File(app, 'target/stack/test.properties').withInputStream { state.load(it) }
    def testProject = state.getProperty('stack.project')
    assert testProject ==~ /it-archetype-app-test-[a-z0-9]{8}/ : testProject
    assert state.getProperty('stack.app.host') == '127.0.0.1'
    assert state.getProperty('stack.db.port.5432') ==~ /\d+/
    ['ps', 'network', 'volume'].each { kind ->
        def cmd = kind == 'ps' ? ['docker', 'ps', '-aq'] : ['docker', kind, 'ls', '-q']
        assert sh(*(cmd + ['--filter', "label=com.docker.compose.project=$testProject".toString()])) == '' :
                "$kind left by the test stack"
    }
    // 3. the same ITs passed against the closed ci stack (the invocation fails otherwise), which is gone too
    def ciState = new Properties()
    new File(app, 'target/stack/ci.properties').withInputStream { ciState.load(it) }
    def ciProject = ciState.getProperty('stack.project')
    assert ciProject ==~ /it-archetype-app-ci-[a-z0-9]{8}/ : ciProject
    assert sh('docker', 'ps', '-aq', '--filter', "label=com.docker.compose.project=$ciProject".toString()) == ''
    assert log.contains("Stack $ciProject is up")

    // the app container ran the image built at package and served its database
    assert new File(app, 'target/stack/logs/app.log').text.contains('Listening on port 8080, version 1.0-SNAPSHOT')
    assert new File(app, 'target/stack/logs/db.log').text.contains('database system is ready to accept connections')

    // the production image: non-root, health check without curl, no compiler, layered, labelled
    def inspect = new JsonSlurper().parseText(sh('docker', 'image', 'inspect', "$image:$version"))[0]
    assert inspect.Config.User == 'app'
    assert inspect.Config.Healthcheck.Test.contains('--healthcheck')
    assert inspect.Config.Labels['org.opencontainers.image.version'] == version
    assert sh('docker', 'run', '--rm', '--entrypoint', 'id', "$image:$version", '-u') != '0'
    def tools = run(['docker', 'run', '--rm', '--entrypoint', 'sh', "$image:$version".toString(), '-c',
                     'command -v javac || command -v gcc || command -v mvn'])
    assert tools.exit != 0 : "compilers in the production image: ${tools.out}"
    def jars = sh('docker', 'run', '--rm', '--entrypoint', 'ls', "$image:$version", '/app', '/app/lib')
    assert jars.contains('app.jar') && jars =~ /postgresql-[\d.]+\.jar/
    // the application is its own (last) layer, apart from the dependencies
    def history = sh('docker', 'history', '--no-trunc', '--format', '{{.CreatedBy}}', "$image:$version").readLines()
    assert history[history.findIndexOf { it.contains('/layers/application/') }] != null
    assert history.findIndexOf { it.contains('/layers/application/') } <
            history.findIndexOf { it.contains('/layers/dependencies/') }
    // version.json in the jar: version from the POM, commit unknown outside git
    def versionJson = sh('unzip', '-p', new File(app, 'target/app.jar').absolutePath, 'version.json')
    assert new JsonSlurper().parseText(versionJson) == [name: image, version: version, commit: 'unknown']

    // 4. mvn deploy: the registry holds :latest (a SNAPSHOT), and it is what this build made
    def registry = 'http://127.0.0.1:5000'
    def auth = 'Basic ' + 'stack:stack-secret'.bytes.encodeBase64().toString()
    def get = { String path, String accept = null ->
        def c = new URL(registry + path).openConnection()
        c.setRequestProperty('Authorization', auth)
        if (accept) c.setRequestProperty('Accept', accept)
        assert c.responseCode == 200 : "GET $path: HTTP ${c.responseCode}"
        c
    }
    assert new JsonSlurper().parse(get("/v2/$image/tags/list").inputStream).tags.contains('latest')
    def digest = get("/v2/$image/manifests/latest", 'application/vnd.docker.distribution.manifest.v2+json')
            .getHeaderField('Docker-Content-Digest')
    def repoDigests = new JsonSlurper().parseText(sh('docker', 'inspect', '-f', '{{json .RepoDigests}}',
            "$pushed:latest"))
    assert repoDigests.contains("$pushed@$digest".toString())
    assert sh('docker', 'inspect', '-f', '{{.Id}}', "$pushed:latest") ==
            sh('docker', 'inspect', '-f', '{{.Id}}', "$image:$version")
    // only the production image is pushed: the builder (a JDK and the sources) was never even tagged for the registry
    assert run(['docker', 'image', 'inspect', "$pushed-builder:latest".toString()]).exit != 0

    // 5. stack:init: owner-only files with generated secrets and this user's ids
    def envFile = new File(app, '.env'), appEnv = new File(app, 'app.env')
    [envFile, appEnv].each {
        assert PosixFilePermissions.toString(Files.getPosixFilePermissions(it.toPath())) == 'rw-------' : it
    }
    assert envFile.readLines().containsAll(["UID=$uid".toString(), "GID=$gid".toString(),
                                            'COMPOSE_PROJECT_NAME=it-archetype-app'])
    assert appEnv.text =~ /(?m)^DATABASE_PASSWORD=[A-Za-z0-9]{32}$/
    assert appEnv.text =~ /(?m)^API_KEY=[A-Za-z0-9]{48}$/
    assert appEnv.text.contains('replaces each @{secret} with') : 'the @@{ escape in a comment'
    assert appEnv.text != new File(app, 'app.env.default').text
    assert !log.contains((appEnv.text =~ /(?m)^API_KEY=(.*)$/)[0][1]) : 'a secret reached the log'
    assert log.contains('Created app.env from app.env.default (mode 600, 2 secrets generated)')
    assert log.contains('Kept app.env: it exists') && log.contains('Kept .env: it exists')

    // 6-9. stack:config: the files load in our loader and mean what they should
    def config = { String env -> new JsonSlurper().parse(new File(app, "target/config/${env}.json")) }
    def ci = config('ci').services.app
    assert ci.user == '10001:10001'
    assert !ci.volumes : "ci keeps mounts: ${ci.volumes}"
    def test = config('test').services
    assert test.app.image == "$image:$version".toString()
    assert test.app.volumes*.type == ['bind'] && test.app.user == "$uid:$gid".toString()
    assert test.db.tmpfs == ['/var/lib/postgresql/data'] && !test.db.volumes
    assert test.db.healthcheck.test == ['CMD-SHELL', 'pg_isready -h 127.0.0.1 -U $$POSTGRES_USER -d $$POSTGRES_DB']  // $ printed as $$, as compose v2 does
    def dev = config('dev')
    assert dev.services.app.ports*.host_ip == ['127.0.0.1'] && dev.services.db.ports*.host_ip == ['127.0.0.1']
    assert dev.services.app.build.target == 'dev' && dev.services.app.build.args.JDK_IMAGE == 'stack-it/jdk:17'
    assert dev.services.db.image == 'stack-it/postgres:15'
    assert dev.services.app.user == "$uid:$gid".toString()
    assert dev.volumes.keySet().containsAll(['db-data', 'home'])
    def prod = config('prod').services
    assert prod.keySet() == ['app'] as Set
    assert prod.app.image == 'it-archetype-app:latest' && prod.app.restart == 'unless-stopped'
    assert prod.app.environment.API_KEY == '********'

    // docker-compose v1 loads them unchanged, except ci: v1 has no !reset
    ['dev', 'test', 'prod'].each { env ->
        def r = run(['docker-compose', '-f', "docker-compose.${env}.yml".toString(), 'config', '-q'])
        assert r.exit == 0 : "docker-compose v1 cannot load docker-compose.${env}.yml: ${r.out}"
    }
    def v1ci = run(['docker-compose', '-f', 'docker-compose.test.yml', '-f', 'docker-compose.ci.yml', 'config', '-q'])
    assert v1ci.exit != 0 && v1ci.out.contains('!reset') : "v1 was expected to reject !reset: ${v1ci.out}"

    // the dev stack: the app from the mounted checkout, as this user; a note survives down and up
    def repo = new File(localRepositoryPath.toString()).absolutePath
    def settings = new File(basedir, 'target/dev-settings.xml')
    settings.parentFile.mkdirs()
    settings.text = """<settings><profiles><profile><id>it-repo</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>local.central</id><url>file://${repo}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>local.central</id><url>file://${repo}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
    def freePort = { new ServerSocket(0).withCloseable { it.localPort } }
    def appPort = freePort(), dbPort = freePort()
    def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
    mvnDev = { String... args ->
        def r = run([mvn, '-B', '-o', '-s', settings.absolutePath, "-Dmaven.repo.local=$repo".toString(),
                     "-Dstack.labels=$itsLabel".toString(), '-Dstack.environment=dev',
                     '-Djdk.image=stack-it/jdk:17', '-Djre.image=stack-it/jre:17',
                     '-Dpostgres.image=stack-it/postgres:15'] + (args as List),
                [APP_PORT: "$appPort".toString(), DB_PORT: "$dbPort".toString()])
        new File(basedir, 'dev.log') << r.out
        assert r.exit == 0 : "mvn ${args.join(' ')} failed, see dev.log:\n" + r.out.readLines().takeRight(60).join('\n')
        r.out
    }
    // an application change rebuilds one small layer: every layer below the application's is reused
    def layers = { new JsonSlurper().parseText(sh('docker', 'image', 'inspect', '-f', '{{json .RootFS.Layers}}',
            "$image:$version")) }
    def before = layers()
    def appJava = new File(app, 'src/main/java/it/stack/archetype/app/App.java')
    appJava.text = appJava.text.replace('"Listening on port "', '"Now listening on port "')
    mvnDev('package', '-DskipTests')
    def after = layers()
    assert after.size() == before.size() && after.size() > 3
    assert after[0..-2] == before[0..-2] : 'a code change rebuilt more than the application layer'
    assert after[-1] != before[-1]

    def devLabel = 'label=com.docker.compose.project=it-archetype-app'
    devUp = true
    mvnDev('stack:up', '-Dstack.timeout=10m')
    def appContainer = sh('docker', 'ps', '-q', '--filter', devLabel, '--filter', 'label=com.docker.compose.service=app')
    assert sh('docker', 'exec', appContainer, 'id', '-u') == uid
    // it runs the checkout as it is now, with the change above, compiled in the container
    assert sh('docker', 'logs', appContainer).contains('Now listening on port 8080')
    assert sh('docker', 'inspect', '-f', '{{range .Mounts}}{{.Type}}:{{.Destination}} {{end}}', appContainer)
            .split(' ').toList().containsAll(['bind:/workspace', 'volume:/home/dev'])
    // Maven's repository is in the home volume whoever the container runs as (root included: user.home would be
    // /root), so the next up downloads nothing; Maven is not quiet, so the logs explain a slow first start
    assert sh('docker', 'exec', appContainer, 'sh', '-c', 'ls /home/dev/.m2/repository').readLines().size() > 0
    assert sh('docker', 'exec', appContainer, 'sh', '-c', 'test ! -d /root/.m2/repository && echo none') == 'none'
    assert sh('docker', 'logs', appContainer).contains('BUILD SUCCESS')
    def text = "kept across down and up ${System.nanoTime()}".toString()
    def created = http('POST', "http://127.0.0.1:$appPort/notes", text)
    assert created.code == 201 : created
    def id = (created.body =~ /"id":(\d+)/)[0][1]
    assert http('GET', "http://127.0.0.1:$appPort/__heartbeat__").code == 200

    mvnDev('stack:down')
    assert sh('docker', 'ps', '-aq', '--filter', devLabel) == ''
    assert sh('docker', 'volume', 'ls', '-q', '--filter', devLabel).readLines().toSet() ==
            ['it-archetype-app_db-data', 'it-archetype-app_home'] as Set

    mvnDev('stack:up', '-Dstack.timeout=10m')
    def read = http('GET', "http://127.0.0.1:$appPort/notes/$id")
    assert read.code == 200 && read.body.contains(groovy.json.JsonOutput.toJson(text)) : read

    def removed = mvnDev('stack:down', '-Dstack.removeVolumes=true')
    devUp = false
    assert removed =~ /Removed volume\(s\) (it-archetype-app_db-data, it-archetype-app_home|it-archetype-app_home, it-archetype-app_db-data) \(stack.removeVolumes\)/
    assert sh('docker', 'ps', '-aq', '--filter', devLabel) == ''
    assert sh('docker', 'volume', 'ls', '-q', '--filter', devLabel) == ''
    assert sh('docker', 'network', 'ls', '-q', '--filter', devLabel) == ''
    return true
} finally {
    if (devUp && mvnDev != null) {
        try { mvnDev('stack:down', '-Dstack.removeVolumes=true') } catch (Throwable ignored) { }
    }
    (['docker', 'rmi', '-f'] + localImages).execute().waitFor()
}
