package dev.trellis.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A large monorepo-shaped repository for benchmarks: services (Java), libraries, web apps
 * (TypeScript components), infrastructure (Terraform), docs and CI files, and a CODEOWNERS of a
 * chosen number of rule lines in the shapes real files have (directory owners, per-package and
 * per-component owners, floating extension and basename rules, {@code dir/*}, lines without owners,
 * stale paths). Deterministic for a seed.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.trellis.benchmarks.LargeRepo OUT_DIR [FILES]
 * [LINES]} writes the files (one short line each) and {@code .github/CODEOWNERS}.
 */
public final class LargeRepo {
  /** The files (sorted) and the CODEOWNERS text. */
  public record Shape(List<String> files, String codeowners, int ruleLines) {}

  private static final String[] WORDS = {
    "account", "billing", "catalog", "checkout", "delivery", "fraud", "gateway", "identity",
    "inventory", "ledger", "loyalty", "media", "notify", "orders", "payments", "pricing",
    "profile", "ranking", "refunds", "search", "shipping", "social", "tax", "wallet"
  };
  private static final String[] PACKAGES = {"api", "domain", "infra", "config", "util", "events"};
  private static final String[] COMPONENTS = {
    "Button", "Card", "Cart", "Checkout", "Dialog", "Footer", "Header", "List", "Menu", "Modal",
    "Nav", "Pager", "Price", "Search", "Table", "Tabs", "Toast", "Tooltip", "Upload", "Wizard"
  };

  private LargeRepo() {}

  public static Shape generate(long seed, int fileCount, int ruleLines) {
    Random rnd = new Random(seed);
    Set<String> files = new LinkedHashSet<>();
    List<String> services = new ArrayList<>();
    List<String> libs = new ArrayList<>();
    List<String> apps = new ArrayList<>();
    List<String> componentDirs = new ArrayList<>();
    List<String> packageDirs = new ArrayList<>();
    files.add("README.md");
    files.add("pom.xml");
    files.add(".gitignore");
    files.add(".github/workflows/ci.yml");
    files.add(".github/workflows/release.yml");
    files.add(".github/pull_request_template.md");
    int round = 0;
    while (files.size() < fileCount) {
      String w =
          WORDS[round % WORDS.length] + (round < WORDS.length ? "" : "-" + round / WORDS.length);
      switch (round % 4) {
        case 0, 1 -> service("services/" + w, w, rnd, files, packageDirs, fileCount);
        case 2 -> library("libs/" + w, w, rnd, files, packageDirs, fileCount);
        default -> app("apps/" + w + "-web", rnd, files, componentDirs, fileCount);
      }
      if (round % 4 < 2) {
        services.add("services/" + w);
      } else if (round % 4 == 2) {
        libs.add("libs/" + w);
      } else {
        apps.add("apps/" + w + "-web");
      }
      if (round % 7 == 0) {
        String env = new String[] {"dev", "staging", "prod"}[round % 3];
        for (int i = 0; i < 12 && files.size() < fileCount; i++) {
          files.add(
              "infra/terraform/"
                  + env
                  + "/"
                  + w
                  + "/"
                  + new String[] {"main", "variables", "outputs", "iam"}[i % 4]
                  + (i < 4 ? "" : i)
                  + ".tf");
        }
      }
      if (round % 5 == 0) {
        for (int i = 0; i < 8 && files.size() < fileCount; i++) {
          files.add("docs/" + w + "/" + (i == 0 ? "index" : "guide-" + i) + ".md");
        }
        files.add("tools/scripts/" + w + ".sh");
      }
      round++;
    }
    List<String> sorted = new ArrayList<>(files);
    sorted.sort(null);
    String codeowners =
        codeowners(rnd, services, libs, apps, componentDirs, packageDirs, ruleLines);
    return new Shape(List.copyOf(sorted), codeowners, ruleLines);
  }

  private static void service(
      String root, String w, Random rnd, Set<String> files, List<String> pkgDirs, int max) {
    files.add(root + "/README.md");
    files.add(root + "/pom.xml");
    files.add(root + "/Dockerfile");
    files.add(root + "/src/main/resources/application.yml");
    String base = "src/main/java/com/acme/" + w.replace('-', '_');
    for (String pkg : PACKAGES) {
      String dir = root + "/" + base + "/" + pkg;
      pkgDirs.add(dir);
      int classes = 20 + rnd.nextInt(40);
      for (int i = 0; i < classes && files.size() < max; i++) {
        String cls = Character.toUpperCase(pkg.charAt(0)) + pkg.substring(1) + "Thing" + i;
        String sub = i % 3 == 0 ? "" : "/part" + (i % 4);
        files.add(dir + sub + "/" + cls + ".java");
        files.add(
            root
                + "/src/test/java/com/acme/"
                + w.replace('-', '_')
                + "/"
                + pkg
                + sub
                + "/"
                + cls
                + "Test.java");
      }
    }
    for (int i = 1; i <= 5 + rnd.nextInt(20) && files.size() < max; i++) {
      files.add(root + "/db/migrations/V" + i + "__change_" + i + ".sql");
    }
  }

  private static void library(
      String root, String w, Random rnd, Set<String> files, List<String> pkgDirs, int max) {
    files.add(root + "/README.md");
    files.add(root + "/package.json");
    files.add(root + "/tsconfig.json");
    for (int i = 0; i < 60 + rnd.nextInt(120) && files.size() < max; i++) {
      String dir = root + "/src/" + PACKAGES[i % PACKAGES.length];
      if (i < PACKAGES.length) {
        pkgDirs.add(dir);
      }
      files.add(dir + "/" + w + i + ".ts");
      files.add(dir + "/" + w + i + ".test.ts");
    }
  }

  private static void app(
      String root, Random rnd, Set<String> files, List<String> componentDirs, int max) {
    files.add(root + "/README.md");
    files.add(root + "/package.json");
    files.add(root + "/.eslintrc.js");
    files.add(root + "/public/index.html");
    files.add(root + "/public/logo.png");
    for (String c : COMPONENTS) {
      for (int v = 0; v < 3 + rnd.nextInt(4); v++) {
        String name = c + (v == 0 ? "" : "V" + v);
        String dir = root + "/src/components/" + name;
        componentDirs.add(dir);
        files.add(dir + "/" + name + ".tsx");
        files.add(dir + "/" + name + ".test.tsx");
        files.add(dir + "/" + name + ".module.css");
        files.add(dir + "/index.ts");
        if (files.size() >= max) {
          return;
        }
      }
    }
    for (int i = 0; i < 40 && files.size() < max; i++) {
      files.add(root + "/src/pages/page" + i + ".tsx");
    }
  }

  private static String codeowners(
      Random rnd,
      List<String> services,
      List<String> libs,
      List<String> apps,
      List<String> componentDirs,
      List<String> packageDirs,
      int ruleLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    b.append("# Code owners of the acme monorepo. The last matching line wins.\n\n");
    lines.add("/.github/ @acme/platform");
    lines.add("/pom.xml @acme/platform @acme/build");
    lines.add("*.md @acme/docs");
    lines.add("docs/* @acme/docs");
    lines.add("**/Dockerfile @acme/platform");
    lines.add("*.tf @acme/infra");
    lines.add("/infra/terraform/prod/ @acme/infra @acme/sre");
    lines.add("package.json @acme/web-platform");
    lines.add("**/db/migrations/ @acme/dba");
    lines.add("*.sql @acme/dba");
    int team = 0;
    for (String s : services) {
      lines.add("/" + s + "/ @acme/team-" + (team++ % 40));
    }
    for (int i = 0; i < libs.size(); i++) {
      if (i % 5 != 4) { // a fifth of the libraries have no owner
        lines.add("/" + libs.get(i) + "/ @acme/lib-" + (i % 15));
      }
    }
    for (String a : apps) {
      lines.add("/" + a + "/ @acme/web-" + (team++ % 12));
    }
    for (int i = 0; i < 30; i++) {
      lines.add("/services/retired-" + i + "/ @acme/team-" + i); // stale
    }
    for (int i = 0; i < 10; i++) {
      lines.add("/" + services.get(rnd.nextInt(services.size())) + "/src/main/resources/");
    }
    int p = 0;
    int c = 0;
    while (lines.size() < ruleLines) {
      if (lines.size() % 3 == 0 && p < packageDirs.size()) {
        lines.add("/" + packageDirs.get(p++) + "/ @acme/pkg-" + (p % 90) + " @dev" + (p % 500));
      } else if (c < componentDirs.size()) {
        String dir = componentDirs.get(c++);
        lines.add("/" + dir + "/*.tsx @acme/ui-" + (c % 30));
      } else if (p < packageDirs.size()) {
        lines.add("/" + packageDirs.get(p++) + "/ @acme/pkg-" + (p % 90));
      } else {
        lines.add("/generated/stale-" + lines.size() + "/ @acme/nobody");
      }
    }
    for (String l : lines) {
      b.append(l).append('\n');
    }
    return b.toString();
  }

  /** Writes the repository to {@code out} (files with one line each, and .github/CODEOWNERS). */
  public static void write(Shape shape, Path out) throws IOException {
    for (String f : shape.files()) {
      Path p = out.resolve(f);
      Files.createDirectories(p.getParent() == null ? out : p.getParent());
      Files.writeString(p, f + "\n", StandardCharsets.UTF_8);
    }
    Path co = out.resolve(".github/CODEOWNERS");
    Files.createDirectories(co.getParent());
    Files.writeString(co, shape.codeowners(), StandardCharsets.UTF_8);
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/large-repo");
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int lines = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
    Shape shape = generate(42, files, lines);
    write(shape, out);
    System.out.println(
        "wrote "
            + shape.files().size()
            + " files and a CODEOWNERS of "
            + lines
            + " rules to "
            + out);
  }
}
