import dev.trellis.maven.it.ItSupport

def root = basedir.canonicalPath
def lines = ItSupport.logLines(basedir, '[INFO] Trellis: ')
// exactly one check, at the top-level project
assert lines.findAll { it.startsWith('[INFO] Trellis: checked ') } == [
    '[INFO] Trellis: checked ' + root + ' (work tree) against multi-module',
]
assert lines.count('[INFO] Trellis: 0 errors, 1 warning, 0 info; the build passes (trellis.failOn=error).') == 1
// the other three modules say where it ran
assert lines.count('[INFO] Trellis: the repository is checked once, in multi-module.') == 3
// the custom rule saw the reactor's modules and their source roots
assert ItSupport.logLines(basedir, '[WARNING]').findAll { it.contains('acme/module-readme') } == [
    '[WARNING] service/pom.xml: module it.trellis:service has sources in service/src/main/java but no service/README.md. [acme/module-readme]',
]
assert new File(basedir, 'target/trellis/report.json').isFile()
['api', 'service', 'docs'].each { assert !new File(basedir, it + '/target/trellis').exists() }

true
