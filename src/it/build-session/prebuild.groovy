// big.bin: 256 KiB the second build must not send again; the base image pushed with credentials to 127.0.0.1:5000
// from a throwaway docker config (so that only the plugin's settings.xml credentials can pull it), then untagged
def engine = evaluate(new File(basedir, '../_lib/engine.groovy'))
def big = new byte[256 * 1024]
new Random(42).nextBytes(big)
new File(basedir, 'big.bin').bytes = big
engine.pushPrivateBase('127.0.0.1:5000/it-build-session-base:1')
return true
