import dev.trellis.maven.it.ItSupport
import dev.trellis.core.report.Reports

def errors = ItSupport.logLines(basedir, '[ERROR]')
assert errors[0] == '[ERROR] Failed to execute goal dev.trellis:trellis-maven-plugin:' + pluginVersion +
    ':check (default) on project formats-fail: trellis.formats: unknown format \'yaml\'. Known formats: ' +
    String.join(', ', Reports.formats()) + '. -> [Help 1]'
assert ItSupport.logLines(basedir, '[INFO] Trellis: ').isEmpty()
assert !new File(basedir, 'target/trellis').exists()

true
