// The stand-in base images the generated project builds from (src/it/_lib/standin-images.groovy).
evaluate(new File(basedir, '../_lib/standin-images.groovy'))
return true
