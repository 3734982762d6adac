package dev.trellis.core.signal.codeowners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The table of ownership cases in {@code codeowners/ownership-cases.txt}, each resolved through the
 * index and through a plain files × patterns reference, which must agree.
 */
class OwnershipCasesTest {

  record Case(Dialect dialect, String title, String codeowners, Map<String, String> expected) {}

  static List<Case> cases() throws IOException {
    String text;
    try (InputStream in =
        OwnershipCasesTest.class.getResourceAsStream("/codeowners/ownership-cases.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> out = new ArrayList<>();
    String[] lines = text.split("\n");
    int i = 0;
    while (i < lines.length) {
      if (!lines[i].startsWith("### ")) {
        i++;
        continue;
      }
      String header = lines[i].substring(4);
      Dialect dialect = Dialect.byId(header.substring(0, header.indexOf(' '))).orElseThrow();
      String title = header.substring(header.indexOf(' ') + 1);
      i++;
      StringBuilder co = new StringBuilder();
      while (!lines[i].equals("---")) {
        co.append(lines[i].replace("<TAB>", "\t")).append('\n');
        i++;
      }
      i++;
      Map<String, String> expected = new LinkedHashMap<>();
      while (i < lines.length && lines[i].contains(" ->")) {
        String[] parts = lines[i].split(" ->", 2);
        expected.put(parts[0], parts[1].strip());
        i++;
      }
      out.add(new Case(dialect, title, co.toString(), expected));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedCaseResolvesToTheDocumentedOwners() throws IOException {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.dialect().id() + ": " + c.title(),
                    () -> {
                      Codeowners co = Codeowners.of("CODEOWNERS", c.codeowners(), c.dialect());
                      Map<String, String> actual = new LinkedHashMap<>();
                      Map<String, String> reference = new LinkedHashMap<>();
                      for (String path : c.expected().keySet()) {
                        actual.put(path, String.join(" ", co.index().resolve(path).owners()));
                        reference.put(
                            path, String.join(" ", Reference.owners(co.file().get(), path)));
                      }
                      assertThat(actual).as(c.codeowners()).isEqualTo(c.expected());
                      assertThat(reference).isEqualTo(c.expected());
                    }));
  }

  /** Files × patterns, the obvious way: the index must give the same answers. */
  static final class Reference {
    static List<String> owners(CodeownersFile file, String path) {
      List<Entry> entries = file.entries();
      if (file.dialect() == Dialect.GITHUB) {
        for (int i = entries.size() - 1; i >= 0; i--) {
          Entry e = entries.get(i);
          if (e.active() && e.matcher().matches(path)) {
            return e.ownerNames();
          }
        }
        return List.of();
      }
      int sections = file.sections().size();
      Entry[] winner = new Entry[sections];
      boolean[] excluded = new boolean[sections];
      for (Entry e : entries) {
        if (!e.matcher().matches(path)) {
          continue;
        }
        if (e.exclusion()) {
          excluded[e.section()] = true;
        } else {
          winner[e.section()] = e;
        }
      }
      List<String> out = new ArrayList<>();
      for (int s = 0; s < sections; s++) {
        if (winner[s] != null && !excluded[s]) {
          for (String o : winner[s].ownerNames()) {
            if (!out.contains(o)) {
              out.add(o);
            }
          }
        }
      }
      return out;
    }
  }

  @TestFactory
  Stream<DynamicTest> theIndexAgreesWithFilesTimesPatternsOnEveryCaseAndManyOtherPaths()
      throws IOException {
    List<String> paths = new ArrayList<>();
    for (Case c : cases()) {
      paths.addAll(c.expected().keySet());
    }
    List<String> extra =
        Arrays.asList(
            "a/b/c/d.md", "docs/x/y.js", "src/docs/logs/a", "apps/github", "x.lock", "internal/x");
    paths.addAll(extra);
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.dialect().id() + ": " + c.title(),
                    () -> {
                      Codeowners co = Codeowners.of("CODEOWNERS", c.codeowners(), c.dialect());
                      OwnershipIndex.Resolver r = co.index().resolver();
                      for (String p : paths.stream().sorted().toList()) {
                        assertThat(r.resolve(p).owners())
                            .as(p)
                            .isEqualTo(Reference.owners(co.file().get(), p));
                      }
                    }));
  }
}
