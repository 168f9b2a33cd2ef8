new File(basedir, 'nonce.txt').text = UUID.randomUUID().toString() + '\n'
return true
