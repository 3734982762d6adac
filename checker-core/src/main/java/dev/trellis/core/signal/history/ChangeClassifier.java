package dev.trellis.core.signal.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies one commit by the review evidence its message and identities carry (see {@link
 * ChangeKind}). Pure and cheap: a few anchored patterns over the message, no history access.
 */
public final class ChangeClassifier {
  private static final Pattern GITHUB_MERGE = Pattern.compile("^Merge pull request #(\\d+)\\b");

  /**
   * Bitbucket Cloud ({@code Merged in x (pull request #12)}) and Azure DevOps ({@code Merged PR
   * 12:}).
   */
  private static final Pattern OTHER_PR =
      Pattern.compile("\\(pull request #(\\d+)\\)|^Merged PR (\\d+)\\b|\\(#(\\d+)\\)");

  /** A maintainer pulling another person's tree: {@code Merge tag 'net-6.1' of git://...}. */
  private static final Pattern PULL_FROM_TREE =
      Pattern.compile("^Merge (?:tag|branch|remote-tracking branch) '[^']+' of \\S+");

  private static final Pattern GITLAB_MR =
      Pattern.compile("(?m)^See merge request (?:[\\w./-]+)?!(\\d+)\\s*$");
  private static final Pattern BORS = Pattern.compile("^Merge #(\\d+)(?:\\s+#\\d+)*\\s*$");
  private static final Pattern HOMU = Pattern.compile("^Auto merge of #(\\d+)\\b");
  private static final Pattern SQUASH = Pattern.compile("\\(#(\\d+)\\)\\s*$");
  private static final Pattern TRAILER = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*):\\s*(.*)$");
  private static final List<String> REVIEW_TRAILERS =
      List.of("reviewed-by", "approved-by", "differential revision", "piperorigin-revid");

  private ChangeClassifier() {}

  /** The class, the pull or merge request number, and the review trailers of one commit. */
  public record Classification(ChangeKind kind, Optional<String> change, List<String> trailers) {}

  /**
   * Classifies a commit.
   *
   * @param message the full commit message
   * @param parents the number of parents
   */
  public static Classification classify(
      String message,
      int parents,
      String authorName,
      String authorEmail,
      String committerName,
      String committerEmail) {
    String subject = subject(message);
    List<String> trailers = reviewTrailers(message);
    Matcher m;
    if (parents > 1) {
      if ((m = GITHUB_MERGE.matcher(subject)).find()) {
        return new Classification(
            ChangeKind.PULL_REQUEST_MERGE, Optional.of("#" + m.group(1)), trailers);
      }
      if ((m = GITLAB_MR.matcher(message)).find()) {
        return new Classification(
            ChangeKind.PULL_REQUEST_MERGE, Optional.of("!" + m.group(1)), trailers);
      }
      if ((m = OTHER_PR.matcher(subject)).find()) {
        String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return new Classification(ChangeKind.PULL_REQUEST_MERGE, Optional.of("#" + n), trailers);
      }
      if (PULL_FROM_TREE.matcher(subject).find()) {
        return new Classification(ChangeKind.PULL_REQUEST_MERGE, Optional.empty(), trailers);
      }
    }
    if ((m = BORS.matcher(subject)).find() || (m = HOMU.matcher(subject)).find()) {
      return new Classification(ChangeKind.MERGE_BOT, Optional.of("#" + m.group(1)), trailers);
    }
    if ((m = SQUASH.matcher(subject)).find()) {
      return new Classification(
          parents > 1 ? ChangeKind.PULL_REQUEST_MERGE : ChangeKind.SQUASH_MERGE,
          Optional.of("#" + m.group(1)),
          trailers);
    }
    if (parents <= 1 && (m = GITLAB_MR.matcher(message)).find()) {
      return new Classification(ChangeKind.SQUASH_MERGE, Optional.of("!" + m.group(1)), trailers);
    }
    if (trailers.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).startsWith("reviewed-on:"))) {
      return new Classification(ChangeKind.GERRIT, Optional.empty(), trailers);
    }
    if (trailers.stream()
        .anyMatch(
            t ->
                REVIEW_TRAILERS.contains(
                    t.substring(0, t.indexOf(':')).toLowerCase(Locale.ROOT)))) {
      return new Classification(ChangeKind.REVIEW_TRAILERS, Optional.empty(), trailers);
    }
    boolean authorBot = isBot(authorName, authorEmail);
    boolean committerBot = isBot(committerName, committerEmail);
    if (!authorBot
        && !committerBot
        && !samePerson(authorName, authorEmail, committerName, committerEmail)) {
      return new Classification(ChangeKind.LANDED_BY_OTHER, Optional.empty(), trailers);
    }
    if (authorBot) {
      return new Classification(ChangeKind.BOT, Optional.empty(), trailers);
    }
    return new Classification(ChangeKind.DIRECT, Optional.empty(), trailers);
  }

  /** The first line of a message. */
  public static String subject(String message) {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  /**
   * The review trailers of the last paragraph ({@code Reviewed-by}, {@code Approved-by}, {@code
   * Reviewed-on}, {@code Differential Revision}, {@code PiperOrigin-RevId}), verbatim.
   */
  static List<String> reviewTrailers(String message) {
    List<String> out = new ArrayList<>();
    String[] lines = message.stripTrailing().split("\n");
    for (int i = lines.length - 1; i > 0; i--) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        break;
      }
      String key;
      if (line.regionMatches(true, 0, "Differential Revision:", 0, 22)) {
        key = "differential revision";
      } else {
        Matcher m = TRAILER.matcher(line);
        if (!m.matches()) {
          continue;
        }
        key = m.group(1).toLowerCase(Locale.ROOT);
      }
      if (key.equals("reviewed-on") || REVIEW_TRAILERS.contains(key)) {
        out.add(0, line);
      }
    }
    return out;
  }

  /**
   * Whether an identity is a bot: a {@code [bot]} suffix, GitHub's or GitLab's own identity, or a
   * name or e-mail with a {@code bot} word ({@code merge-bot}, {@code ci_bot@}).
   */
  public static boolean isBot(String name, String email) {
    String n = name.toLowerCase(Locale.ROOT).strip();
    String e = email.toLowerCase(Locale.ROOT).strip();
    if (n.endsWith("[bot]") || e.contains("[bot]") || e.equals("noreply@github.com")) {
      return true;
    }
    if (n.equals("github") || n.equals("gitlab") || n.equals("bors") || n.equals("homu")) {
      return true;
    }
    for (String word : (n + " " + e.replaceAll("@.*", "")).split("[^a-z0-9]+")) {
      if (word.equals("bot") || word.equals("bors")) {
        return true;
      }
    }
    return false;
  }

  private static boolean samePerson(String n1, String e1, String n2, String e2) {
    return n1.strip().equalsIgnoreCase(n2.strip()) || e1.strip().equalsIgnoreCase(e2.strip());
  }
}
