// the project is its own git repository, HEAD tagged rel-3
def git(String... args) {
    def cmd = ['git', '-C', basedir.path, '-c', 'user.name=it', '-c', 'user.email=it@example.org',
               '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'] + (args as List)
    def p = cmd.execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "${cmd.join(' ')} failed: $err"
}
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'release 2.0.0')
git('tag', '-a', 'rel-3', '-m', 'third release')
return true
