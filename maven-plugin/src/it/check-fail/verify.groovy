import dev.trellis.maven.it.ItSupport
import groovy.json.JsonSlurper

def root = basedir.canonicalPath
assert ItSupport.logLines(basedir, '[INFO] Trellis: ') == [
    '[INFO] Trellis: checked ' + root + ' (work tree) against check-fail',
    '[INFO] Trellis: 3 errors, 0 warnings, 0 info.',
    '[INFO] Trellis: wrote target/trellis/report.json',
    '[INFO] Trellis: wrote target/trellis/report.sarif',
    '[INFO] Trellis: wrote target/trellis/report.html',
    '[INFO] Trellis: wrote target/trellis/report.md',
]
def errors = ItSupport.logLines(basedir, '[ERROR]')
// the findings, each with its fix hint, at their level
assert errors[0..5] == [
    "[ERROR] (repository): No file matches 'README.md'; at least one must exist. Every repository says what it is for in a README. [acme/readme]",
    "[ERROR]   fix: See the rule 'acme/readme' in trellis.yml:4.",
    "[ERROR] config/.env: The file matches '**/.env' and must not be in the repository. Secrets never live in the repository. [acme/no-secrets]",
    "[ERROR]   fix: See the rule 'acme/no-secrets' in trellis.yml:9.",
    "[ERROR] config/dev.pem: The file matches '**/*.pem' and must not be in the repository. Secrets never live in the repository. [acme/no-secrets]",
    "[ERROR]   fix: See the rule 'acme/no-secrets' in trellis.yml:9.",
]
// then Maven's verdict: one failure, listing what broke the build
assert errors[6].startsWith('[ERROR] Failed to execute goal dev.trellis:trellis-maven-plugin:' + pluginVersion + ':check (default) on project check-fail: Trellis found 3 errors, 0 warnings, 0 info; the build fails on error (trellis.failOn):')
assert errors[7..9] == [
    "[ERROR]   error (repository): No file matches 'README.md'; at least one must exist. Every repository says what it is for in a README.",
    "[ERROR]   error config/.env: The file matches '**/.env' and must not be in the repository. Secrets never live in the repository.",
    "[ERROR]   error config/dev.pem: The file matches '**/*.pem' and must not be in the repository. Secrets never live in the repository.",
]

def report = new JsonSlurper().parse(new File(basedir, 'target/trellis/report.json'))
assert report.summary.error == 3
assert report.findings.collect { [it.rule, it.level, it.path] } == [
    ['acme/readme', 'error', null],
    ['acme/no-secrets', 'error', 'config/.env'],
    ['acme/no-secrets', 'error', 'config/dev.pem'],
]

assert new File(basedir, 'target/trellis').list().sort() == ['report.html', 'report.json', 'report.md', 'report.sarif']
def sarif = new JsonSlurper().parse(new File(basedir, 'target/trellis/report.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.collect { it.ruleId } == ['acme/readme', 'acme/no-secrets', 'acme/no-secrets']
def html = new File(basedir, 'target/trellis/report.html').text
assert html.contains('config/dev.pem')
assert new File(basedir, 'target/trellis/report.md').text.contains('config/.env')

true
