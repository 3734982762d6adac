import dev.trellis.maven.it.ItSupport
import groovy.json.JsonSlurper

def root = basedir.canonicalPath
assert ItSupport.logLines(basedir, '[INFO] Trellis: ') == [
    '[INFO] Trellis: checked ' + root + ' (work tree) against acme-baseline v3, payments-service',
    '[INFO] Trellis: 1 error, 1 warning, 0 info.',
    '[INFO] Trellis: wrote target/trellis/report.json',
]
assert ItSupport.logLines(basedir, '[WARNING]') == [
    "[WARNING] (repository): No file matches 'SECURITY.md' or '.github/SECURITY.md'; at least one must exist. Say how to report a vulnerability. [acme/security-policy]",
    "[WARNING]   fix: See the rule 'acme/security-policy' in classpath:acme/baseline.yml:18.",
]
def errors = ItSupport.logLines(basedir, '[ERROR]')
assert errors[0..1] == [
    "[ERROR] deploy/.env: The file matches '**/.env' and must not be in the repository. Secrets never live in the repository. [acme/no-secrets]",
    "[ERROR]   fix: See the rule 'acme/no-secrets' in classpath:acme/baseline.yml:13.",
]
assert errors[2] == '[ERROR] Failed to execute goal dev.trellis:trellis-maven-plugin:' + pluginVersion +
    ':check (default) on project baseline-from-dependency-fail: Trellis found 1 error, 1 warning, 0 info; the build fails on error (trellis.failOn):'
assert errors[3] == "[ERROR]   error deploy/.env: The file matches '**/.env' and must not be in the repository. Secrets never live in the repository."

def report = new JsonSlurper().parse(new File(basedir, 'target/trellis/report.json'))
assert report.baselines.collect { [it.name, it.version, it.source] } == [
    ['acme-baseline', '3', 'classpath:acme/baseline.yml'],
    ['payments-service', '', root + '/trellis.yml'],
]

// The same baseline jar works with the command line's --rules-path.
def jar = new File(localRepositoryPath, 'com/acme/standards/acme-baseline/3/acme-baseline-3.jar')
assert jar.isFile()
def (code, out) = ItSupport.cli('check', basedir.path, '--rules-path', jar.path)
assert code == '1'
assert out.contains("The file matches '**/.env' and must not be in the repository. Secrets never live in the repository.")

true
