// What the layout fixtures' combinations mean once stack:config has merged them (JSON written by each invocation).
import groovy.json.JsonSlurper

def layouts = new File(basedir, 'target/layouts').canonicalPath
def configs = new File(basedir, 'target/configs')
def names = new File(basedir, 'combinations').list().findAll { it.endsWith('.properties') }*.replace('.properties', '')
assert names.size() == 12
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
assert log.count('[INFO] Environment test: stack.files: ') == 11
assert log.contains('[INFO] Environment test: stack.files: docker-compose.yml,docker-compose.ci.yml')
assert log.contains('[INFO] Environment dev: docker-compose.base.yml found (base file + per-environment file): docker-compose.dev.yml alone, it takes the common definitions from the base file with extends')
assert !(log =~ /(?m)^\s+at io\.github\.stackmaven\./)

// ---- base file + extends (.env from example.env sets COMPOSE_PROJECT_NAME)
def bt = json['base-test']
assert bt.name == 'ledger'
assert bt.services.keySet() == ['base', 'test-app', 'test-db', 'test-mq', 'test-worker'] as Set
def testDb = bt.services['test-db']
assert testDb.tmpfs == ['/var/lib/postgresql/data']
assert testDb.networks.keySet() == ['test'] as Set
assert testDb.networks.test.aliases == ['db']
assert testDb.command.size() == 4 && testDb.command[0] == '-cshared_buffers=64MB'
assert testDb.healthcheck.test == ['CMD-SHELL', 'pg_isready -U postgres']
assert testDb.healthcheck.interval == '2s'
assert testDb.environment.POSTGRES_DB == 'ledger'
assert testDb.build.context == "$layouts/base-extends/docker/db"
def testApp = bt.services['test-app']
assert testApp.depends_on.keySet() == ['test-db', 'test-mq', 'test-worker'] as Set
assert testApp.volumes.collect { "${it.type} ${it.source} ${it.target}" } ==
        ['volume home /opt/ledger', "bind $layouts/base-extends /opt/ledger/app"]
assert testApp.environment.LEDGER_MQ_PORT == '5672' && testApp.environment.LEDGER_CLIENT_ID == 'ledger-test'
assert bt.services['test-mq'].environment.QUEUE_FORCE_RESET == 'true'
assert bt.services['test-mq'].environment.QUEUE_REALM == 'ledger'
assert bt.networks.test.name == 'ledger_test'

def bd = json['base-dev']
def devApp = bd.services['dev-app']
assert devApp.depends_on['dev-db'].condition == 'service_healthy'
assert devApp.depends_on['dev-migrate'].condition == 'service_completed_successfully'
assert devApp.ports == [[mode: 'ingress', target: 5000, published: '5000', protocol: 'tcp']]
assert devApp.networks.dev.aliases == ['app']
// discovery for dev (no stack.files) picks the dev file alone
assert json['base-discovered-dev'] == bd

def bp = json['base-prod'].services
assert bp['prod-app'].build.dockerfile == 'docker/prod.Dockerfile'
// an x- extension inside build: is not printed, as docker compose v2 (2.26) prints none there
assert !bp['prod-app'].build.containsKey('x-bake')
assert bp['prod-app'].image == 'example/ledger-prod:latest'
assert bp['dev-app'].entrypoint == ['/bin/true']
assert bp['prod-worker'].command == ['worker']

// COMPOSE_FILE=dev:test of example.env: the largest combination
def bdt = json['base-dev-test']
assert bdt.services.size() == 9
assert bdt.services.keySet().containsAll(['dev-app', 'dev-db', 'test-app', 'test-db'])
assert bdt.services['test-db'] == testDb
assert bdt.networks.keySet() == ['default', 'dev', 'test'] as Set

// ---- overlay layout: base + docker-compose.<env>.yml
def od = json['overlay-dev']
assert od.name == 'shop'
def web = od.services.web
assert web.environment.SHOP_DEBUG == '1'                     // from the dev overlay
assert web.environment.SHOP_APP == '/mnt/code/manage.py'     // from the dev overlay
assert web.environment.PGHOST == 'db'                        // kept from the base file's x-web-base
assert web.command == ['sh', '-c', 'shop run --port $${SHOP_PORT} --host 0.0.0.0']  // command replaced; a literal $ printed as $$, as compose v2 prints it
assert web.image == 'ghcr.io/example/shop:develop'
assert web.volumes.size() == 4                                // 3 of the base + the overlay's bind, appended
assert web.volumes[3] == [type: 'bind', source: layouts, target: '/mnt/code', bind: [create_host_path: true]]
assert !web.containsKey('env_file')                            // as compose v2: its values are in environment
assert web.environment.SHOP_SECRET_KEY == '********'          // from shop.env, masked
assert od.services.worker.environment.SHOP_DEBUG == '1'
assert !od.services.containsKey('adminer')                   // profile tools is off
def op = json['overlay-prod'].services
assert op.web.restart == 'unless-stopped'
assert op.web.environment.WEB_CONCURRENCY == '5'
assert op.web.volumes*.type == ['volume', 'volume', 'volume', 'tmpfs']
assert op.web.healthcheck == [test: ['CMD-SHELL', 'shop health --strict'], timeout: '1m0s', interval: '5m0s',
                              retries: 5, start_period: '2m0s', start_interval: '1s']  // start_interval from the base file
assert op.worker.cap_add == ['SYS_NICE']
assert !op.web.environment.containsKey('SHOP_DEBUG')        // the dev overlay is not part of prod

// the ci overlay's !reset and !override
def ci = json['overlay-ci']
def ciWeb = ci.services.web
assert ciWeb.entrypoint == null                                      // entrypoint: !reset (JSON prints null, as v2)
assert ciWeb.healthcheck == [test: ['CMD', 'true']]                  // healthcheck: !override, no inherited interval
assert ciWeb.depends_on == [cache: [condition: 'service_started', required: true],
                            db   : [condition: 'service_healthy', required: true]]  // depends_on: !override
assert ciWeb.volumes == [[type: 'volume', source: 'deps_ci', target: '/opt/shop/deps', volume: [:]]]  // volumes: !override
assert ci.volumes.deps_ci.name == 'shop_deps_ci'
assert !ci.volumes.containsKey('pgdata')                             // no ci service uses it: not printed, as v2
assert ci.services.worker.entrypoint == ['/opt/shop/entrypoint.sh']  // the overlay names only web
def tools = json['overlay-tools'].services
assert tools.keySet() == ['web', 'worker', 'db', 'cache', 'mail', 'adminer'] as Set
assert tools.adminer.profiles == ['tools']

// ---- each file alone; env files in env.d/
def sDev = json['single-dev'].services
assert sDev.keySet() == ['db', 'web', 'node'] as Set
assert sDev.web.ports == [[mode: 'ingress', target: 8000, published: '8000', protocol: 'tcp']]
assert sDev.web.command == ['./manage.py', 'runserver', '0.0.0.0:8000']
def sTest = json['single-test'].services
assert sTest.keySet() == ['db', 'web'] as Set     // the test file alone, not an overlay of docker-compose.yml
assert sTest.web.build.args == [IS_NOT_PRODUCTION: 'true']
assert sTest.web.volumes*.target == ['/app/.git']
assert !sTest.web.ports
assert log.count('the attribute `version` is obsolete') >= 3

// values that came from env files: masked unless stack.config.showSecrets=true
assert sTest.web.environment.APP_SECRET_KEY == '********'
assert sTest.db.environment.POSTGRES_PASSWORD == '********'
assert sTest.web.environment.values().every { it == '********' }
assert !new File(configs, 'single-test.json').text.contains('TestsAreNotSecrets')
def shown = json['single-test-secrets'].services
assert shown.web.environment.APP_SECRET_KEY == 'TestsAreNotSecrets'
assert shown.web.environment.APP_CONFIGURATION == 'Test'
assert shown.db.environment.POSTGRES_DB == 'albums_test'
// values written in the compose file itself are never masked; those from shop.env are
assert web.environment.PGPASSWORD == 'not-a-secret-written-in-the-file'
assert web.environment.SHOP_SECRET_KEY == '********'
return true
