// Runs `mvn -q stack:config` as a script would and reads its standard output as YAML: nothing but the document.
import groovy.json.JsonSlurper

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def repo = new File(localRepositoryPath.toString()).absolutePath
// offline against the ITs' repository, which the invocation above filled; same repository id as src/it/settings.xml
def settings = new File(basedir, 'target/quiet-settings.xml')
settings.text = """<settings><profiles><profile><id>it-repo</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>local.central</id><url>file://${repo}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>local.central</id><url>file://${repo}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""

def run = { List<String> args ->
    def cmd = [mvn, '-q', '-B', '-o', '-s', settings.absolutePath, "-Dmaven.repo.local=${repo}".toString(),
               "io.github.stackmaven:stack-maven-plugin:${pluginVersion}:config".toString(),
               '-Dstack.files=compose.yaml'] + args
    def proc = new ProcessBuilder(cmd).directory(basedir).start()
    def out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream()
    proc.waitForProcessOutput(out, err)
    [exit: proc.exitValue(), out: out.toString('UTF-8'), err: err.toString('UTF-8')]
}

// the YAML parser the plugin itself uses, from the ITs' repository
def yamlJar = new File(repo, 'org/snakeyaml/snakeyaml-engine').listFiles().collect { d ->
    d.listFiles().find { it.name.endsWith('.jar') } }.find { it != null }
assert yamlJar : "no snakeyaml-engine jar in $repo"
def loader = new URLClassLoader([yamlJar.toURI().toURL()] as URL[], this.class.classLoader)
def settingsClass = loader.loadClass('org.snakeyaml.engine.v2.api.LoadSettings')
def load = loader.loadClass('org.snakeyaml.engine.v2.api.Load').getConstructor(settingsClass)
        .newInstance(settingsClass.getMethod('builder').invoke(null).build())
def parseYaml = { String text -> load.loadAllFromString(text).toList() }

def quiet = run([])
assert quiet.exit == 0 : "mvn -q stack:config failed:\n${quiet.out}\n${quiet.err}"
assert quiet.err.isEmpty() : "standard error is not empty:\n${quiet.err}"
def out = quiet.out
assert out.startsWith('name: quiet\n') : "standard output does not start with the document:\n$out"
assert out.endsWith('\n')
assert !(out =~ /(?m)^\[(INFO|WARNING|ERROR)\]/) : "log lines on standard output:\n$out"
assert !out.contains('Environment test')
def docs = parseYaml(out)
assert docs.size() == 1 : "expected one YAML document, found ${docs.size()}"
def doc = docs[0]

// the same model as the JSON the first invocation wrote
def reference = new JsonSlurper().parse(new File(basedir, 'target/config.json'))
// as compose v2, JSON spells out "command": null and "entrypoint": null, YAML leaves them out
// and "ipam": {} on networks
reference.services.each { name, svc -> ['command', 'entrypoint'].each { k -> if (svc.containsKey(k) && svc[k] == null) svc.remove(k) } }
reference.networks.each { name, net -> if (net.ipam == [:]) net.remove('ipam') }
assert doc == reference
assert doc.services.web.environment == [API_TOKEN: '********', MODE: 'test']
assert doc.services.web.ports == [[mode: 'ingress', host_ip: '127.0.0.1', target: 80, published: '8080', protocol: 'tcp']]
assert doc.services.web.healthcheck.interval == '1m30s'
assert doc.services.web.depends_on.db.condition == 'service_healthy'
assert doc.services.db.tmpfs == ['/data']
assert !out.contains('s3cr3t-from-env-file')

// showSecrets on standard output too; `> file` redirection gives the same document as stack.config.output
def shown = run(['-Dstack.config.showSecrets=true'])
assert shown.exit == 0 && shown.err.isEmpty()
assert parseYaml(shown.out)[0].services.web.environment.API_TOKEN == 's3cr3t-from-env-file'
def toFile = run(['-Dstack.config.output=target/config.yaml'])
assert toFile.exit == 0 && toFile.out.isEmpty() : "with stack.config.output, -q prints nothing:\n${toFile.out}"
assert new File(basedir, 'target/config.yaml').text == out
return true
