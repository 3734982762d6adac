import dev.trellis.maven.it.ItSupport
import groovy.json.JsonSlurper

def root = basedir.canonicalPath
assert ItSupport.logLines(basedir, '[INFO] Trellis: ') == [
    '[INFO] Trellis: checked ' + root + ' (work tree) against acme-baseline v3, payments-service',
    '[INFO] Trellis: 1 error, 0 warnings, 0 info.',
    '[INFO] Trellis: wrote target/trellis/report.json',
]
def errors = ItSupport.logLines(basedir, '[ERROR]')
assert errors[0..1] == [
    "[ERROR] trellis.yml:5: 'codeowners/present' is locked by acme-baseline v3, classpath:acme/baseline.yml:5 and cannot be weakened: level off instead of error is ignored; error (acme-baseline v3, classpath:acme/baseline.yml:7) stays in force. [policy/locked-rule-weakened]",
    "[ERROR]   fix: Remove the override from the repository's policy; to change a locked rule, ask the baseline's owners.",
]
assert errors[2] == '[ERROR] Failed to execute goal dev.trellis:trellis-maven-plugin:' + pluginVersion +
    ':check (default) on project locked-rule-weakened-fail: Trellis found 1 error, 0 warnings, 0 info; the build fails on error (trellis.failOn):'
assert errors[3] == "[ERROR]   error trellis.yml:5: 'codeowners/present' is locked by acme-baseline v3, classpath:acme/baseline.yml:5 and cannot be weakened: level off instead of error is ignored; error (acme-baseline v3, classpath:acme/baseline.yml:7) stays in force."

def report = new JsonSlurper().parse(new File(basedir, 'target/trellis/report.json'))
assert report.findings.collect { [it.rule, it.level, it.path, it.line] } == [
    ['policy/locked-rule-weakened', 'error', 'trellis.yml', 5],
]

true
