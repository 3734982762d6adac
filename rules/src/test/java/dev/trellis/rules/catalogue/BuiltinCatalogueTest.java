package dev.trellis.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.trellis.core.rule.Rule;
import dev.trellis.rules.BuiltinRules;
import dev.trellis.testkit.FixtureIndex;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The built-in rule pack is complete and well kept: every rule class registered, ids unique and in
 * their area, metadata filled in, a firing and a clean fixture each, no mutable state.
 */
class BuiltinCatalogueTest {
  private static final JavaClasses RULES_JAR =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.trellis.rules");

  private final List<Rule> registered = new BuiltinRules().rules();

  @Test
  void everyRuleClassInTheRulesJarIsRegistered() {
    assertThat(CatalogueChecks.unregistered(ruleClasses(), registered)).isEmpty();
  }

  @Test
  void ruleIdsAreUniqueAndNamedForTheirArea() {
    assertThat(CatalogueChecks.badIds(registered)).isEmpty();
  }

  @Test
  void everyRuleExplainsItselfInItsMetadata() {
    assertThat(CatalogueChecks.badMetadata(registered)).isEmpty();
  }

  @Test
  void everyRuleHasAFiringAndACleanFixture() {
    List<FixtureIndex.Case> cases = FixtureIndex.scan("fixtures", "fixtures-git");
    assertThat(CatalogueChecks.missingFixtures(registered, cases)).isEmpty();
  }

  @Test
  void rulesHoldNoMutableState() {
    assertThat(CatalogueChecks.mutableFields(registered)).isEmpty();
  }

  @Test
  void eachAreaListsItsRulesSortedById() throws Exception {
    Map<String, List<Rule>> lists = new TreeMap<>();
    for (JavaClass c : RULES_JAR) {
      if (c.getPackageName().startsWith("dev.trellis.rules.")
          && c.getSimpleName().endsWith("Rules")) {
        Method all = c.reflect().getMethod("all");
        if (Modifier.isStatic(all.getModifiers())) {
          @SuppressWarnings("unchecked")
          List<Rule> rules = (List<Rule>) all.invoke(null);
          lists.put(c.getSimpleName(), rules);
        }
      }
    }
    assertThat(lists).containsKeys("AdrRules", "CodeownersRules", "RitualsRules");
    assertThat(CatalogueChecks.unsortedAreaLists(lists)).isEmpty();
  }

  private static List<Class<?>> ruleClasses() {
    return RULES_JAR.stream()
        .filter(c -> c.isAssignableTo(Rule.class))
        .filter(
            c ->
                !c.isInterface()
                    && !c.getModifiers()
                        .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
        .<Class<?>>map(JavaClass::reflect)
        .sorted(java.util.Comparator.comparing(Class::getName))
        .toList();
  }
}
