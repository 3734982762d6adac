package dev.trellis.core.repo;

import static dev.trellis.core.repo.RepoTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentTest {
  @TempDir Path dir;

  private FileContent read(String path) {
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      return repo.read(path).orElseThrow();
    }
  }

  @Test
  void aFileLargerThanTheCapIsReadOnlyUpToIt() throws Exception {
    byte[] big = new byte[FileContent.DEFAULT_CAP + 1000];
    Arrays.fill(big, (byte) 'a');
    write(dir, "big.txt", big);

    FileContent content = read("big.txt");

    assertThat(content.truncated()).isTrue();
    assertThat(content.size()).isEqualTo(FileContent.DEFAULT_CAP + 1000);
    assertThat(content.text()).hasSize(FileContent.DEFAULT_CAP);
  }

  @Test
  void aNulByteMakesAFileBinaryAndItsTextEmpty() throws Exception {
    write(dir, "logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

    FileContent content = read("logo.png");

    assertThat(content.binary()).isTrue();
    assertThat(content.text()).isEmpty();
    assertThat(content.size()).isEqualTo(7);
  }

  @Test
  void aUtf8ByteOrderMarkIsRemoved() throws Exception {
    write(dir, "bom.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'T', '\n'});

    assertThat(read("bom.md").text()).isEqualTo("# T\n");
  }

  @Test
  void utf16WithAByteOrderMarkIsText() throws Exception {
    byte[] body = "# Title\r\nline".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    write(dir, "win.md", bytes);

    FileContent content = read("win.md");

    assertThat(content.binary()).isFalse();
    assertThat(content.lines()).containsExactly("# Title", "line");
  }

  @Test
  void invalidUtf8IsReplacedNotFatal() throws Exception {
    write(dir, "latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n', 'o', 'k'});

    FileContent content = read("latin1.txt");

    assertThat(content.binary()).isFalse();
    assertThat(content.lines()).containsExactly("caf\uFFFD", "ok");
  }

  @Test
  void anEmptyFileIsEmptyText() throws Exception {
    write(dir, "empty.txt", new byte[0]);

    FileContent content = read("empty.txt");

    assertThat(content.text()).isEmpty();
    assertThat(content.binary()).isFalse();
    assertThat(content.truncated()).isFalse();
  }
}
