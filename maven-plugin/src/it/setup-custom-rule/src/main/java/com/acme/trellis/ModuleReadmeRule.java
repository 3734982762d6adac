package com.acme.trellis;

import dev.trellis.core.repo.BuildModule;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.Signal;
import java.util.List;

/**
 * A team's own rule over the build's modules (handed over by the Maven plugin): every module with
 * sources says what it is for.
 */
public final class ModuleReadmeRule implements Rule {
  static final Signal<List<BuildModule>> MODULES = Signal.of("acme-modules", ctx -> ctx.modules());

  private static final RuleInfo INFO =
      RuleInfo.builder("acme/module-readme")
          .title("Every module with sources has a README")
          .rationale("A new team member should learn what a module is for without reading it.")
          .defaultLevel(Level.WARN)
          .fix("Add a README.md to the module saying what it does and who owns it.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    for (BuildModule m : ctx.signal(MODULES)) {
      String readme = m.path().isEmpty() ? "README.md" : m.path() + "/README.md";
      List<String> sources = m.sourceRoots().stream().filter(ctx.repo()::isDirectory).toList();
      if (!sources.isEmpty() && !ctx.repo().isFile(readme)) {
        ctx.report(
            Problem.inFile(
                m.path().isEmpty() ? "pom.xml" : m.path() + "/pom.xml",
                "module "
                    + m.name()
                    + " has sources in "
                    + String.join(", ", sources)
                    + " but no "
                    + readme
                    + "."));
      }
    }
  }
}
