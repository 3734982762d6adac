import dev.trellis.maven.it.ItSupport

def errors = ItSupport.logLines(basedir, '[ERROR]')
assert errors[0] == '[ERROR] Failed to execute goal dev.trellis:trellis-maven-plugin:' + pluginVersion +
    ':check (default) on project malformed-config-fail: Trellis cannot use its policy; fix these and run again:'
assert errors[1..2] == [
    "[ERROR]   trellis.yml:3: unknown key 'rulez'. Did you mean 'rules'?",
    "[ERROR]   trellis.yml:5: unknown key 'waivres'. Did you mean 'waivers'?",
]
assert ItSupport.logLines(basedir, '[INFO] Trellis: ').isEmpty()
assert !new File(basedir, 'target/trellis').exists()

true
