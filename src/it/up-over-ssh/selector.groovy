// Needs an sshd binary (Debian's openssh-server; CI installs it with `src/it/_lib/sshd.sh install`). Without it the
// IT is reported as skipped, with the reason, unless STACK_ITS_SSHD=required (CI) makes that a failure.
if (new File('/usr/sbin/sshd').canExecute()) {
    return true
}
if (System.getenv('STACK_ITS_SSHD') == 'required') {
    throw new IllegalStateException('up-over-ssh needs /usr/sbin/sshd: run `bash src/it/_lib/sshd.sh install` as root')
}
println 'up-over-ssh skipped: no /usr/sbin/sshd (run `bash src/it/_lib/sshd.sh install` as root to run it)'
return false
