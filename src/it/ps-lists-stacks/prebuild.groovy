// Fixtures: containers labelled as two of our stacks, and one compose container that is not ours. Neither stack
// may be swept by an `up` running meanwhile: alpha is a dev stack (never swept) whose owner is gone, beta a ci
// stack whose owner is on another host (unknown, never swept).
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
sh = engine.sh  // a binding variable, visible inside script methods
def host = System.getenv('HOSTNAME') ?: InetAddress.localHost.hostName
def run(String name, Map labels, String... extra) {
    def cmd = ['docker', 'run', '-d', '--name', name, '--label', itsLabel]
    labels.each { k, v -> cmd += ['--label', "$k=$v"] }
    cmd += extra as List
    cmd += ['busybox:latest', 'sleep', '300']
    sh(cmd as String[])
}
// alpha was started from this project's directory (the default listing shows it alone), beta from elsewhere
def ours = { project, service, owner, env -> [
    'com.docker.compose.project': project, 'com.docker.compose.service': service,
    'com.docker.compose.project.working_dir': project == 'it-ps-alpha' ? basedir.canonicalPath : '/elsewhere/beta',
    'io.github.stackmaven.run': "run-$project", 'io.github.stackmaven.owner': owner,
    'io.github.stackmaven.environment': env] }
run('it-ps-alpha-web-1', ours('it-ps-alpha', 'web', "$host:999999", 'dev'), '-p', '127.0.0.1::8080')
run('it-ps-alpha-db-1', ours('it-ps-alpha', 'db', "$host:999999", 'dev'))
run('it-ps-beta-app-1', ours('it-ps-beta', 'app', 'elsewhere.example:42', 'ci'))
sh('docker', 'stop', '-t', '0', 'it-ps-alpha-db-1')
run('it-ps-foreign-1', ['com.docker.compose.project': 'it-ps-foreign', 'com.docker.compose.service': 'x'])
return true
