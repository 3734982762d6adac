package dev.trellis.core.signal.codeowners;

import java.util.List;

/**
 * A GitLab section: {@code [Name]}, {@code ^[Optional]}, {@code [Name][2] @default @owners}.
 * Headers whose names differ only in case are merged into one section that keeps the first
 * spelling. A GitHub file, and the lines of a GitLab file before the first header, form the unnamed
 * default section (index 0, line 0).
 *
 * @param index position in {@link CodeownersFile#sections()}
 * @param name the name as first written; empty for the default section
 * @param line 1-based line of the first header; 0 for the default section
 * @param optional written with {@code ^}: approval is not required, the owners are still owners
 * @param approvals required approvals ({@code [Name][N]}; 0 or invalid values count as 1)
 * @param defaultOwners the owners written after the latest header of the section
 */
public record Section(
    int index, String name, int line, boolean optional, int approvals, List<Owner> defaultOwners) {

  public Section {
    defaultOwners = List.copyOf(defaultOwners);
  }

  /** Whether this is the unnamed section of the lines before any header. */
  public boolean isDefault() {
    return index == 0;
  }
}
