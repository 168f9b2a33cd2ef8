// the project is its own git repository, HEAD tagged rel-3
sh = evaluate(new File(basedir, '../_lib/engine.groovy')).sh  // a binding variable, visible in script methods
def git(String... args) {
    def cmd = ['git', '-C', basedir.path, '-c', 'user.name=it', '-c', 'user.email=it@example.org',
               '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'] + (args as List)
    sh(cmd.collect { it.toString() } as String[])
}
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'release 2.0.0')
git('tag', '-a', 'rel-3', '-m', 'third release')
return true
