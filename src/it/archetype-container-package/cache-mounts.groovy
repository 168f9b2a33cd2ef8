// The ids of the BuildKit cache mounts of the generated Dockerfile's Maven home (RUN --mount=type=cache,
// id=maven-home), read from `docker buildx du --verbose`: evaluate() returns a closure that lists them.
return { ->
    def p = ['docker', 'buildx', 'du', '--builder', 'default', '--verbose', '--filter', 'type=exec.cachemount'].execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "docker buildx du: $err"
    def ids = []
    def id = null
    out.toString().eachLine { line ->
        if (line.startsWith('ID:')) {
            id = line.substring(3).trim()
        } else if (line.startsWith('Description:') && line.contains('with id "/maven-home"')) {
            ids << id
        }
    }
    ids
}
