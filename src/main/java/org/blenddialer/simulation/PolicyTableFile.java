package org.blenddialer.simulation;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.blenddialer.core.pacing.PolicyTable;

/**
 * Reads a policy table file as docs/analysis/pacing_dp.py writes it, big-endian: the magic {@code
 * BDPT}, the number of phases K (int), the seconds per phase (double), the agents, the waiting rows
 * and K phase row counts (ints), then one signed byte per entry.
 */
public final class PolicyTableFile {

  static final byte[] MAGIC = "BDPT".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_PHASES = 16;

  private PolicyTableFile() {}

  /** Reads and checks the file; a damaged or foreign file is a {@link ScenarioFileException}. */
  public static PolicyTable read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ScenarioFileException("cannot read policy table " + file + ": " + e, e);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new ScenarioFileException(
            "policy table " + file + " is not a BlendDialer policy table (no BDPT header)");
      }
      int phases = in.readInt();
      if (phases < 1 || phases > MAX_PHASES) {
        throw new ScenarioFileException(
            "policy table " + file + ": " + phases + " phases (1 to " + MAX_PHASES + ")");
      }
      double phaseSeconds = in.readDouble();
      int agents = in.readInt() - 1;
      int waitingRows = in.readInt();
      int[] phaseRows = new int[phases];
      for (int i = 0; i < phases; i++) {
        phaseRows[i] = in.readInt();
      }
      byte[] targets = in.readAllBytes();
      return new PolicyTable(phaseSeconds, agents, waitingRows, phaseRows, targets);
    } catch (EOFException e) {
      throw new ScenarioFileException("policy table " + file + " ends inside its header", e);
    } catch (IllegalArgumentException e) {
      throw new ScenarioFileException("policy table " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ScenarioFileException("cannot read policy table " + file + ": " + e, e);
    }
  }
}
