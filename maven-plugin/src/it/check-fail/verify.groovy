import dev.trellis.maven.it.ItSupport
import groovy.json.JsonSlurper

def root = basedir.canonicalPath
assert ItSupport.logLines(basedir, '[INFO] Trellis: ') == [
    '[INFO] Trellis: checked ' + root + ' (work tree) against check-fail',
    '[INFO] Trellis: 3 errors, 0 warnings, 0 info.',
    '[INFO] Trellis: wrote target/trellis/report.json',
]
def errors = ItSupport.logLines(basedir, '[ERROR]')
// the findings, each with its fix hint, at their level
assert errors[0..5] == [
    '[ERROR] (repository): No file matches [README.md]: Every repository says what it is for in a README. [acme/readme]',
    '[ERROR]   fix: See the policy that declares this rule.',
    '[ERROR] config/.env: config/.env must not be in the repository: Secrets never live in the repository. [acme/no-secrets]',
    '[ERROR]   fix: See the policy that declares this rule.',
    '[ERROR] config/dev.pem: config/dev.pem must not be in the repository: Secrets never live in the repository. [acme/no-secrets]',
    '[ERROR]   fix: See the policy that declares this rule.',
]
// then Maven's verdict: one failure, listing what broke the build
assert errors[6].startsWith('[ERROR] Failed to execute goal dev.trellis:trellis-maven-plugin:' + pluginVersion + ':check (default) on project check-fail: Trellis found 3 errors, 0 warnings, 0 info; the build fails on error (trellis.failOn):')
assert errors[7..9] == [
    '[ERROR]   error (repository): No file matches [README.md]: Every repository says what it is for in a README.',
    '[ERROR]   error config/.env: config/.env must not be in the repository: Secrets never live in the repository.',
    '[ERROR]   error config/dev.pem: config/dev.pem must not be in the repository: Secrets never live in the repository.',
]

def report = new JsonSlurper().parse(new File(basedir, 'target/trellis/report.json'))
assert report.summary.error == 3
assert report.findings.collect { [it.rule, it.level, it.path] } == [
    ['acme/readme', 'error', null],
    ['acme/no-secrets', 'error', 'config/.env'],
    ['acme/no-secrets', 'error', 'config/dev.pem'],
]

true
