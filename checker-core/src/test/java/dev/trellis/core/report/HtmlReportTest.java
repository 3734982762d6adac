package dev.trellis.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @TempDir Path scratch;

  @Test
  void theSampleReportIsPinnedByItsGoldenFile() throws Exception {
    String html =
        Golden.render(
            new HtmlReport(), SampleResult.create(scratch), SampleResult.OPTIONS, scratch);

    Golden.assertMatches(html, "sample.html");
  }

  @Test
  void theFileNeedsNothingFromTheNetwork() throws Exception {
    String html =
        Golden.render(new HtmlReport(), SampleResult.create(scratch), SampleResult.OPTIONS);

    assertThat(html)
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .doesNotContain("<script", "<link", "src=", "@import", "url(", "http://", "https://");
  }

  @Test
  void everyPieceOfTextIsEscaped() throws Exception {
    String html =
        Golden.render(new HtmlReport(), SampleResult.create(scratch), SampleResult.OPTIONS);

    assertThat(html)
        .contains("CODEOWNERS:7: &#39;/docs/&lt;old&gt;/&#39; matches no file &amp; owns nothing.")
        .doesNotContain("<old>");
    assertThat(HtmlReport.esc("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void findingsAreGroupedByRuleWithWhyAndHowToFix() throws Exception {
    String html =
        Golden.render(new HtmlReport(), SampleResult.create(scratch), SampleResult.OPTIONS);

    assertThat(html)
        .containsSubsequence(
            "<section class=\"rule\" id=\"rule-adr-status\">",
            "<p class=\"why\">A decision without a status leaves readers guessing",
            "<p class=\"fix\"><strong>How to fix:</strong> Add a `## Status` section",
            "docs/adr/0002-légacy.md:3:1",
            "<strong>Waived:</strong> waived until 2027-03-31",
            "docs/adr/0004 use kafka.md:1",
            "<section class=\"rule\" id=\"rule-codeowners-coverage\">",
            "<section class=\"rule\" id=\"rule-engine-rule-failed\">",
            "<section class=\"rule\" id=\"rule-rituals-changelog\">",
            "<h2>Rules with no findings (1)</h2>",
            "<code>purpose/readme</code> The README says what the repository is for");
  }
}
