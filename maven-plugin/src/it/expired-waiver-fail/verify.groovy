import dev.trellis.maven.it.ItSupport
import groovy.json.JsonSlurper

assert ItSupport.logLines(basedir, '[INFO] Trellis: ')[1..2] == [
    '[INFO] Trellis: 2 errors, 0 warnings, 0 info.',
    '[INFO] Trellis: wrote target/trellis/report.json',
]
def errors = ItSupport.logLines(basedir, '[ERROR]')
// the waiver expired, so the finding it covered counts again, and the waiver itself is reported
assert errors[0..3] == [
    "[ERROR] legacy/billing.pem: The file matches '**/*.pem' and must not be in the repository. Secrets never live in the repository. [acme/no-secrets]",
    "[ERROR]   fix: See the rule 'acme/no-secrets' in trellis.yml:4.",
    "[ERROR] trellis.yml:10: the waiver for 'acme/no-secrets' on legacy/** expired on 2026-03-31 and no longer applies; its findings count again. [policy/expired-waiver]",
    '[ERROR]   fix: Fix the findings it covered, or renew the waiver with a new date and reason.',
]
assert errors[4] == '[ERROR] Failed to execute goal dev.trellis:trellis-maven-plugin:' + pluginVersion +
    ':check (default) on project expired-waiver-fail: Trellis found 2 errors, 0 warnings, 0 info; the build fails on error (trellis.failOn):'

def report = new JsonSlurper().parse(new File(basedir, 'target/trellis/report.json'))
assert report.findings.collect { [it.rule, it.status, it.path, it.line] } == [
    ['acme/no-secrets', 'open', 'legacy/billing.pem', null],
    ['policy/expired-waiver', 'open', 'trellis.yml', 10],
]

true
