import dev.trellis.maven.it.ItSupport

def lines = ItSupport.logLines(basedir, '[INFO] Trellis: ')
def wrote = lines.findAll { it.startsWith('[INFO] Trellis: wrote ') }
assert wrote.contains('[INFO] Trellis: wrote trellis.yml (the repository\'s policy)')
assert wrote.contains('[INFO] Trellis: wrote .github/CODEOWNERS (code ownership)')
assert wrote.contains('[INFO] Trellis: wrote docs/adr/0001-record-architecture-decisions.md (the architecture decision log)')
// the second run writes nothing and keeps what the first wrote
def kept = lines.findAll { it.startsWith('[INFO] Trellis: kept ') }
assert kept.contains('[INFO] Trellis: kept trellis.yml (the repository\'s policy exists)')
assert kept.size() == wrote.size()
assert new File(basedir, 'trellis.yml').isFile()
assert new File(basedir, '.github/CODEOWNERS').text.contains('@acme/payments')

true
