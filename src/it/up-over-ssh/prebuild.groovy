// Starts an sshd on a free port of 127.0.0.1 with its own host key, client keys and config (../_lib/sshd.sh).
def port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
def dir = new File(basedir, 'target/sshd')
def p = ['bash', new File(basedir, '../_lib/sshd.sh').canonicalPath, 'start', dir.path, "$port"].execute()
def out = new StringBuilder(), err = new StringBuilder()
p.waitForProcessOutput(out, err)
assert p.exitValue() == 0 : "sshd.sh start failed: $out $err"
println out
new File(dir, 'explicit-port.properties').text = "stack.dockerHost=ssh://root@127.0.0.1:$port\n"
return true
