package org.blenddialer.journey.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxLinkStatus;

/**
 * An Asterisk configuration include the service generates (the voice menus' dialplan, the queues'
 * announcements): written whole, read back by the PBX simulator, and reloaded on the servers.
 */
final class GeneratedConfigFile {

  private final Path file;

  GeneratedConfigFile(String file) {
    this.file = Path.of(file);
  }

  Path path() {
    return file;
  }

  /** Replaces the file with the text in one step. */
  void write(String text) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".generated", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      // Asterisk (or the simulator) may read the file at any time: never show it half written.
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The file's text, or empty before it was first written. */
  String readOrEmpty() {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Has every server that is up reload the file ({@code reload} sends the AMI action and returns
   * the server's answer); a server that is down or refuses is reported, not retried.
   */
  Deployment reload(Pbx pbx, boolean enabled, BiFunction<Pbx, String, String> reload) {
    Map<String, String> reloaded = new LinkedHashMap<>();
    Map<String, String> notReloaded = new LinkedHashMap<>();
    if (enabled) {
      for (PbxLinkStatus link : pbx.links()) {
        String server = link.server();
        if (!pbx.isReady(server)) {
          notReloaded.put(server, "link " + link.state());
          continue;
        }
        try {
          reloaded.put(server, reload.apply(pbx, server));
        } catch (RuntimeException e) {
          notReloaded.put(server, String.valueOf(e.getMessage()));
        }
      }
    }
    return new Deployment(file.toString(), reloaded, notReloaded);
  }
}
