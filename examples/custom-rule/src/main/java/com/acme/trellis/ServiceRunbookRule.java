package com.acme.trellis;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.markdown.MarkdownDoc;
import dev.trellis.core.signal.markdown.MarkdownSignal;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code acme/service-runbook}: every service module (a folder under {@code services/} with its own
 * {@code pom.xml}) has a {@code runbook.md}, and the module's README links to it, so whoever is paged
 * at night finds it from the first page they open.
 */
public final class ServiceRunbookRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("acme/service-runbook")
          .title("Every service module has a runbook its README links to")
          .rationale(
              "Whoever is paged for a service opens its README first; a runbook that exists but is not linked is not found at 3 a.m.")
          .defaultLevel(Level.ERROR)
          .fix("Add runbook.md to the service module and link it from the module's README.md: [Runbook](runbook.md).")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    TreeSet<String> modules = new TreeSet<>();
    for (String path : ctx.repo().filesUnder("services")) {
      String[] parts = path.split("/");
      if (parts.length == 3 && parts[2].equals("pom.xml")) {
        modules.add(parts[0] + "/" + parts[1]);
      }
    }
    for (String module : modules) {
      String runbook = module + "/runbook.md";
      String readme = module + "/README.md";
      if (!ctx.repo().isFile(runbook)) {
        ctx.report(
            Problem.inFile(module + "/pom.xml", "Service " + module + " has no runbook.md. Add " + runbook + " with how to operate and recover the service.")
                .withKey(module + " no runbook"));
        continue;
      }
      Optional<MarkdownDoc> doc = ctx.signal(MarkdownSignal.SIGNAL).get(readme);
      if (doc.isEmpty()) {
        ctx.report(
            Problem.inFile(runbook, "Service " + module + " has a runbook but no README.md to link it from. Add " + readme + " with a link to runbook.md.")
                .withKey(module + " no readme"));
        continue;
      }
      List<MarkdownDoc.Link> links = doc.get().links();
      boolean linked = links.stream().anyMatch(l -> l.destination().equals("runbook.md") || l.destination().equals("./runbook.md"));
      if (!linked) {
        ctx.report(
            Problem.inFile(readme, readme + " does not link to runbook.md. Add a line such as: [Runbook](runbook.md).")
                .withKey(module + " not linked"));
      }
    }
  }
}
