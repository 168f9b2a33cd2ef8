// Fixtures: compose project it-sweep-exact-test-00000001 holds objects of a dead build (run, test environment and
// a dead owner on this host: the sweep's to remove) next to objects of the same project without the plugin's labels
// (never the sweep's). it-sweep-kept-test-00000001 is a dead build's stack started with stack.keepRunning.
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def host = System.getenv('HOSTNAME')?.trim() ?: InetAddress.localHost.hostName
def exited = new ProcessBuilder('true').start()
exited.waitFor()
def dead = "$host:${exited.pid()}"
def args = { Map labels -> labels.collectMany { k, v -> ['--label', "$k=$v".toString()] } + ['--label', itsLabel] }
def project = 'it-sweep-exact-test-00000001'
def ours = ['com.docker.compose.project': project, 'io.github.stackmaven.run': 'r00000001',
            'io.github.stackmaven.owner': dead, 'io.github.stackmaven.environment': 'test']
def foreign = ['com.docker.compose.project': project]
def sh = { List cmd -> engine.sh(cmd as String[]) }
sh(['docker', 'network', 'create'] + args(ours) + ['it-sweep-exact_default'])
sh(['docker', 'volume', 'create'] + args(ours) + ['it-sweep-exact_dead'])
sh(['docker', 'volume', 'create'] + args(foreign) + ['it-sweep-exact_data'])
sh(['docker', 'create', '--name', 'it-sweep-exact-dead-1'] + args(ours + ['com.docker.compose.service': 'dead'])
        + ['busybox:latest', 'sleep', '300'])
sh(['docker', 'run', '-d', '--name', 'it-sweep-exact-other-1', '-v', 'it-sweep-exact_data:/data']
        + args(foreign + ['com.docker.compose.service': 'other']) + ['busybox:latest', 'sleep', '300'])
def kept = ours + ['com.docker.compose.project': 'it-sweep-kept-test-00000001', 'com.docker.compose.service': 'app',
                   'io.github.stackmaven.keep': 'true']
sh(['docker', 'create', '--name', 'it-sweep-kept-app-1'] + args(kept) + ['busybox:latest', 'sleep', '300'])
return true
