import dev.trellis.maven.it.ItSupport
import groovy.json.JsonSlurper

assert ItSupport.logLines(basedir, '[INFO] Trellis: ')[1..2] == [
    '[INFO] Trellis: 1 error, 1 warning, 0 info; the build passes (trellis.failOn=never).',
    '[INFO] Trellis: wrote target/trellis/report.json',
]
assert ItSupport.logLines(basedir, '[ERROR]') == [
    "[ERROR] deploy.pem: The file matches '**/*.pem' and must not be in the repository. Secrets never live in the repository. [acme/no-secrets]",
    "[ERROR]   fix: See the rule 'acme/no-secrets' in trellis.yml:4.",
]
assert ItSupport.logLines(basedir, '[WARNING]') == [
    "[WARNING] (repository): No file matches 'SECURITY.md'; at least one must exist. Say how to report a vulnerability. [acme/security-policy]",
    "[WARNING]   fix: See the rule 'acme/security-policy' in trellis.yml:9.",
]
assert ItSupport.log(basedir).contains('[INFO] BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/trellis/report.json'))
assert report.summary.error == 1 && report.summary.warn == 1

true
