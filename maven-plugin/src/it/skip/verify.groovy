import dev.trellis.maven.it.ItSupport

assert ItSupport.logLines(basedir, '[INFO] Trellis: ') == ['[INFO] Trellis: skipped (trellis.skip).']
assert ItSupport.logLines(basedir, '[ERROR]').isEmpty()
assert ItSupport.logLines(basedir, '[WARNING]').isEmpty()
assert !new File(basedir, 'target/trellis').exists()

true
