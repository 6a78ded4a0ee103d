package org.blenddialer.compliance.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.blenddialer.core.compliance.PolicyPack;

/**
 * Reads policy packs from the JSON data files shipped under {@code compliance/packs/}. Strict: an
 * unknown field is an error, so a misspelt rule never silently drops out of a pack.
 */
public final class PolicyPackFiles {

  /** The packs shipped with the service. */
  public static final List<String> BUNDLED =
      List.of("us", "us-fl", "uk", "dk", "se", "fi", "no", "ru", "eu");

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private PolicyPackFiles() {}

  /**
   * One pack as read, with the SHA-256 of its file so a changed file under an old version shows.
   */
  public record PackFile(String name, PolicyPack pack, String contentSha256, String content) {}

  /** Reads the named packs from the class path. */
  public static List<PackFile> read(List<String> names) {
    List<PackFile> result = new ArrayList<>();
    for (String name : names) {
      String resource = "compliance/packs/" + name + ".json";
      try (InputStream in = PolicyPackFiles.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("policy pack file " + resource + " not found");
        }
        byte[] bytes = in.readAllBytes();
        PolicyPack pack = JSON.readValue(bytes, PolicyPack.class);
        result.add(
            new PackFile(
                name,
                pack,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read policy pack " + resource, e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return result;
  }
}
