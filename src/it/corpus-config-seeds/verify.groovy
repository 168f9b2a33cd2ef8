// What the seed combinations mean once stack:config has merged them (JSON written by each invocation).
import groovy.json.JsonSlurper

def seeds = new File(basedir, 'target/seeds').canonicalPath
def configs = new File(basedir, 'target/configs')
def names = new File(basedir, 'combinations').list().findAll { it.endsWith('.properties') }*.replace('.properties', '')
assert names.size() == 20
def json = [:]
names.each { n ->
    def f = new File(configs, "${n}.json")
    assert f.isFile() : "stack:config wrote no ${f.name}"
    json[n] = new JsonSlurper().parse(f)
}

// every combination: services, each with an image or a build; keys in docker compose config's order
json.each { n, c ->
    assert c.services : "$n has no services"
    c.services.each { s, svc ->
        assert svc.containsKey('image') || svc.build : "$n: service $s has neither image nor build"
    }
    assert c.keySet().toList().take(2) == ['name', 'services'] : "$n starts with ${c.keySet()}"
}

// the log says which files were chosen and why, once per invocation
def log = new File(basedir, 'build.log').text
assert log.count('[INFO] Environment test: stack.files: ') == 19
assert log.contains('[INFO] Environment test: stack.files: docker-compose.yml,docker-compose.ci.yml')
assert log.contains('[INFO] Environment dev: docker-compose.base.yml found (base file + per-environment file): docker-compose.dev.yml alone')
assert !(log =~ /(?m)^\s+at io\.github\.stackmaven\./)

// ---- pycroft (extends from docker-compose.base.yml; .env from example.env sets COMPOSE_PROJECT_NAME)
def pt = json['pycroft-test']
assert pt.name == 'pycroft'
assert pt.services.keySet() == ['base', 'test-app', 'test-db', 'test-dummy-worker', 'test-keycloak', 'test-ldap',
                                'test-mq'] as Set
def testDb = pt.services['test-db']
assert testDb.tmpfs == ['/var/lib/postgresql/data']
assert testDb.networks.keySet() == ['test'] as Set
assert testDb.networks.test.aliases == ['db']
assert testDb.command.size() == 6 && testDb.command[0] == '-cshared_buffers=64MB'
assert testDb.healthcheck.test == ['CMD-SHELL', 'pg_isready -U postgres']
assert testDb.healthcheck.interval == '2s'
assert testDb.environment.POSTGRES_DB == 'pycroft'
assert testDb.build.context == "$seeds/pycroft/docker/db"
def testApp = pt.services['test-app']
assert testApp.depends_on.keySet() == ['test-db', 'test-ldap', 'test-mq', 'test-dummy-worker', 'test-keycloak'] as Set
assert testApp.volumes.collect { "${it.type} ${it.source} ${it.target}" } ==
        ['volume home /opt/pycroft', "bind $seeds/pycroft /opt/pycroft/app"]
assert pt.networks.test.name == 'pycroft_test'

def pd = json['pycroft-dev']
def devApp = pd.services['dev-app']
assert devApp.depends_on['dev-db'].condition == 'service_healthy'
assert devApp.depends_on['dev-migrate'].condition == 'service_completed_successfully'
assert devApp.ports == [[mode: 'ingress', target: 5000, published: '5000', protocol: 'tcp']]
assert devApp.networks.dev.aliases == ['app']
// docker-compose.yml is a symlink to the dev file; discovery for dev (no stack.files) picks the dev file alone
assert json['pycroft-default'] == pd
assert json['pycroft-discovered-dev'] == pd

def pp = json['pycroft-prod'].services
assert pp['prod-app'].build.dockerfile == 'docker/prod.Dockerfile'
assert !pp['prod-app'].build.containsKey('x-bake')   // an x- key inside build: is not printed, as compose v2 prints none there
assert pp['prod-app'].image.startsWith('agdsn/pycroft-prod:')
assert pp['dev-app'].entrypoint == ['/bin/true']
assert pp['prod-celery-worker'].command == ['worker']

// COMPOSE_FILE=dev:test of pycroft's task runner: the largest combination
def pdt = json['pycroft-dev-test']
assert pdt.services.size() == 18
assert pdt.services.keySet().containsAll(['dev-app', 'dev-db', 'test-app', 'test-db'])
assert pdt.services['test-db'] == testDb
assert pdt.networks.keySet() == ['default', 'dev', 'test'] as Set

// ---- pycroft 2021, version: '2.3' (accepted, ignored with compose's warning)
assert log.count('the attribute `version` is obsolete') >= 3
def lt = json['legacy-test']
assert lt.name == 'pycroft'
assert lt.services.keySet() == ['base', 'test-app', 'test-db', 'test-dummy-worker', 'test-ldap', 'test-mq'] as Set
assert lt.services['test-db'].networks.test.aliases == ['db']
assert lt.services['test-db'].tmpfs == ['/var/lib/postgresql/data']
// list-form environment of the test file merged over the base file's
assert lt.services['test-ldap'].environment.SLAPD_FORCE_RECONFIGURE == 'true'
assert lt.services['test-ldap'].environment.SLAPD_DOMAIN == 'agdsn.de'
assert !lt.containsKey('version')
assert json['legacy-dev'].services.keySet().containsAll(['dev-app', 'dev-db', 'dev-webpack', 'dev-mail'])
assert json['legacy-prod'].services.keySet() == ['base', 'dev-app', 'prod-app', 'prod-celery-worker'] as Set

// ---- cores: one template file
def cores = json['cores'].services
assert cores.keySet() == ['cores', 'postgres', 'nginx', 'docs', 'livesync'] as Set
assert cores.cores.environment.HOSTNAME == 'cores'  // the trailing "# ..." is a YAML comment
assert cores.cores.environment.SECRET_KEY == 'uhriagseruiguaeiorghozagraioehgr'
assert cores.cores.links == ['postgres:postgres']
assert cores.cores.depends_on.keySet() == ['postgres'] as Set
assert cores.nginx.ports.collect { "${it.published}:${it.target}" } == ['80:80', '443:443']
assert json['cores'].volumes.keySet() == ['static_volume', 'postgres_data', 'mkdocs_site'] as Set

// ---- truenth-portal: base + overlay
def td = json['truenth-dev'].services.web
assert td.environment.FLASK_DEBUG == '1'                  // from the dev overlay
assert td.environment.FLASK_APP == '/mnt/code/manage.py'  // from the dev overlay
assert td.environment.PGHOST == 'db'                      // kept from the base file's x-service-base
assert td.command == ['sh', '-c', ' flask run --port $${PORT} --host 0.0.0.0 ']  // command replaced; a literal $ printed as $$, as compose v2 prints it
assert td.image == 'ghcr.io/uwcirg/truenth-portal:develop'
assert td.volumes.size() == 4                              // 3 of the base + the overlay's bind, appended
assert td.volumes[3] == [type: 'bind', source: "$seeds/truenth-portal".toString(), target: '/mnt/code']  // long syntax: no create_host_path, as v2
assert !td.containsKey('env_file')                            // as compose v2: its values are in environment
assert json['truenth-dev'].services.celeryworker.environment.FLASK_DEBUG == '1'
def tp = json['truenth-prod'].services
assert tp.web.restart == 'unless-stopped'
assert tp.web.environment.WEB_CONCURRENCY == '5'
assert tp.web.volumes*.type == ['volume', 'volume', 'volume', 'tmpfs']
assert tp.web.healthcheck == [test: ['CMD-SHELL', 'flask healthcheck'], timeout: '1m0s', interval: '5m0s', retries: 5,
                              start_period: '2m0s']
assert tp.celeryworker.cap_add == ['SYS_NICE']
assert !tp.web.environment.containsKey('FLASK_DEBUG')   // the dev overlay is not part of prod

// ---- pixel: each file alone; env files in env.d/
def pixDev = json['pixel-dev'].services
assert pixDev.keySet() == ['db', 'web', 'node'] as Set
assert pixDev.web.ports == [[mode: 'ingress', target: 8000, published: '8000', protocol: 'tcp']]
assert pixDev.web.command == ['./manage.py', 'runserver', '0.0.0.0:8000']
def pixTest = json['pixel-test'].services
assert pixTest.keySet() == ['db', 'web'] as Set     // the test file alone, not an overlay of docker-compose.yml
assert pixTest.web.build.args == [IS_NOT_PRODUCTION: 'true']
assert pixTest.web.volumes*.target == ['/app/pixel/.git']
assert !pixTest.web.ports
def prod = json['pixel-production']
assert prod.services.proxy.ports*.published == ['8902']
assert prod.volumes.media.name == 'pixel-production-media'
assert prod.services.web.restart == 'always'
assert json['pixel-staging'].services.keySet().containsAll(['db', 'web'])

// values that came from env files: masked unless stack.config.showSecrets=true
assert pixTest.web.environment.DJANGO_SECRET_KEY == '********'
assert pixTest.db.environment.POSTGRES_PASSWORD == '********'
assert pixTest.web.environment.values().every { it == '********' }
assert !new File(configs, 'pixel-test.json').text.contains('UnitTestingIsForTheWeak')
def shown = json['pixel-test-secrets'].services
assert shown.web.environment.DJANGO_SECRET_KEY == 'UnitTestingIsForTheWeak'
assert shown.web.environment.DJANGO_CONFIGURATION == 'Test'
assert shown.db.environment.POSTGRES_DB == 'pixel_test'
// values written in the compose file itself are never masked
assert json['truenth-dev'].services.web.environment.PGPASSWORD == 'wplatrop'

// ---- addons-server: the ci overlay's !reset and !override
def base = json['addons'].services.web
assert base.image == 'mozilla/addons-server:local' && base.pull_policy == 'never'    // image: ${DOCKER_TAG:-}, from x-olympia via extends; .env as make setup writes it
assert base.entrypoint == ['/data/olympia/docker/entrypoint.sh']
assert base.healthcheck.interval == '30s' && base.healthcheck.start_interval == '1s'
assert base.depends_on.size() == 6
assert base.volumes*.target == ['/data/olympia']
def ci = json['addons-ci']
def web = ci.services.web
assert web.entrypoint == null                                     // entrypoint: !reset (JSON prints null, as v2)
assert web.healthcheck == [test: ['CMD', 'true']]                 // healthcheck: !override, no inherited interval
assert web.depends_on == [memcached: [condition: 'service_started', required: true],
                          mysqld   : [condition: 'service_healthy', required: true]]  // depends_on: !override
assert web.volumes == [[type: 'volume', source: 'data_deps_ci', target: '/data/olympia/deps', volume: [:]]]  // volumes: !override
assert ci.volumes.data_deps_ci.name == 'addons-server_data_deps_ci'
assert ci.services.worker.entrypoint == base.entrypoint.collect { it }  // the overlay names only web
assert json['addons'].services.worker.depends_on == ci.services.worker.depends_on
def priv = json['addons-private'].services
assert priv.keySet() == json['addons'].services.keySet() + ['customs', 'wat'] as Set
assert priv.worker.depends_on.keySet() == json['addons'].services.worker.depends_on.keySet() + ['customs', 'wat']
assert priv.customs.links == ['nginx:olympia.test']
assert priv.customs.build.context == "$seeds/addons-server/private/addons-customs-scanner"
return true
