// The stand-in base images the generated project builds from (src/it/_lib/standin-images.groovy).
evaluate(new File(basedir, '../_lib/standin-images.groovy'))

// when the build starts, for verify.groovy's look at the engine's events during the build
def t0 = new File(basedir, 'target/t0')
t0.parentFile.mkdirs()
t0.text = (System.currentTimeMillis().intdiv(1000) - 1).toString()
return true
