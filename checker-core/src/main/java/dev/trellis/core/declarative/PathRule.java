package dev.trellis.core.declarative;

import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleInfo;

/**
 * What every declarative rule over {@code paths} globs holds: its metadata, where it was declared
 * (for messages and for reporting globs that match nothing) and the globs.
 */
abstract class PathRule implements Rule {
  final RuleInfo info;
  final Origin origin;
  final PathSelection paths;

  PathRule(RuleInfo info, Origin origin, PathSelection paths) {
    this.info = info;
    this.origin = origin;
    this.paths = paths;
  }

  @Override
  public final RuleInfo info() {
    return info;
  }
}
