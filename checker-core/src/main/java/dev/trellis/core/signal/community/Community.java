package dev.trellis.core.signal.community;

import java.util.Optional;

/**
 * The community and release rituals of a repository as files show them.
 *
 * @param files where each community health file is (every copy, GitHub's choice first)
 * @param readme what the README GitHub shows says, when there is one
 * @param issueTemplates the issue templates and what GitHub would not accept in them
 * @param changelog the changelog, when there is one
 * @param releaseProcess where the release process is written down, when it is
 */
public record Community(
    CommunityFiles files,
    Optional<Readme> readme,
    IssueTemplates issueTemplates,
    Optional<Changelog> changelog,
    Optional<Located> releaseProcess) {}
