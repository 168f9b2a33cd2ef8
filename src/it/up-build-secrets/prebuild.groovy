// The base image, pushed with credentials to 127.0.0.1:5000 from a throwaway docker config and then untagged, so
// that the session build must pull it with the credentials of docker-config/config.json (DOCKER_CONFIG, set in
// invoker.properties): up reads docker's config.json as build and push do
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
engine.pushPrivateBase('127.0.0.1:5000/it-up-build-secrets-base:1')
def dir = new File(basedir, 'docker-config')
dir.mkdirs()
new File(dir, 'config.json').text = '{"auths": {"127.0.0.1:5000": {"auth": "' +
        'stack:stack-secret'.bytes.encodeBase64().toString() + '"}}}'
return true
