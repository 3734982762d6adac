import dev.trellis.maven.it.ItSupport

assert ItSupport.logLines(basedir, '[INFO] Trellis: ')[1..2] == [
    '[INFO] Trellis: 0 errors, 1 warning, 0 info.',
    '[INFO] Trellis: wrote target/trellis/report.json',
]
assert ItSupport.logLines(basedir, '[WARNING]') == [
    "[WARNING] (repository): No file matches 'SECURITY.md'; at least one must exist. Say how to report a vulnerability. [acme/security-policy]",
    "[WARNING]   fix: See the rule 'acme/security-policy' in trellis.yml:4.",
]
def errors = ItSupport.logLines(basedir, '[ERROR]')
assert errors[0] == '[ERROR] Failed to execute goal dev.trellis:trellis-maven-plugin:' + pluginVersion +
    ':check (default) on project fail-on-warn-fail: Trellis found 0 errors, 1 warning, 0 info; the build fails on warn (trellis.failOn):'
assert errors[1] == "[ERROR]   warn (repository): No file matches 'SECURITY.md'; at least one must exist. Say how to report a vulnerability."
assert new File(basedir, 'target/trellis/report.json').isFile()

true
