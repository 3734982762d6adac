import dev.trellis.maven.it.ItSupport

assert ItSupport.logLines(basedir, '[INFO] Trellis: ')[1] == '[INFO] Trellis: 2 errors, 0 warnings, 0 info.'
def errors = ItSupport.logLines(basedir, '[ERROR]')
assert errors[0..3] == [
    "[ERROR] src/main/java/com/acme/app/Billing.java:4: FIXME comment '// FIXME rounding is wrong for JPY'. File a ticket. [acme/no-fixme]",
    '[ERROR]   fix: Fix it, or file a ticket and write TODO(ACME-123) instead.',
    "[ERROR] src/main/java/com/acme/app/Billing.java:6: FIXME comment 'return Math.round(amount * 100); // FIXME overflow'. File a ticket. [acme/no-fixme]",
    '[ERROR]   fix: Fix it, or file a ticket and write TODO(ACME-123) instead.',
]
assert errors[4] == '[ERROR] Failed to execute goal dev.trellis:trellis-maven-plugin:' + pluginVersion +
    ':check (default) on project custom-rule-fail: Trellis found 2 errors, 0 warnings, 0 info; the build fails on error (trellis.failOn):'

// The same jar works with the command line's --rules-path.
def jar = new File(localRepositoryPath, 'com/acme/standards/acme-rules/1.0/acme-rules-1.0.jar')
assert jar.isFile()
def (code, out) = ItSupport.cli('check', basedir.path, '--rules-path', jar.path)
assert code == '1'
assert out.contains("src/main/java/com/acme/app/Billing.java:4: FIXME comment '// FIXME rounding is wrong for JPY'. File a ticket.")
assert out.contains("src/main/java/com/acme/app/Billing.java:6: FIXME comment")

true
