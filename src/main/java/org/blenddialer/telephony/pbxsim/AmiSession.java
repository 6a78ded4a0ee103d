package org.blenddialer.telephony.pbxsim;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One AMI client connection: a reader thread that frames requests and hands them to the simulator's
 * model thread, and a writer thread that drains replies and events, so that the model never blocks
 * on a slow client.
 */
final class AmiSession {

  private static final Logger LOG = Logger.getLogger(AmiSession.class.getName());

  static final String BANNER = "Asterisk Call Manager/11.0.0\r\n";

  /** Requests one client may have waiting for the model: beyond this, TCP backpressure. */
  private static final int MAX_PENDING_ACTIONS = 256;

  /**
   * Messages one client may have waiting to be written. Asterisk drops a client whose socket stays
   * full; so does the simulator, rather than buffer without end.
   */
  private static final int MAX_PENDING_WRITES = 200_000;

  private static final byte[] CLOSE = new byte[0];

  private final Socket socket;
  private final AmiServer server;
  private final long id;
  private final BlockingQueue<byte[]> outbox = new ArrayBlockingQueue<>(MAX_PENDING_WRITES);
  private final Semaphore pending = new Semaphore(MAX_PENDING_ACTIONS);
  private final AtomicBoolean closed = new AtomicBoolean();

  // Touched only on the model thread.
  boolean authenticated;
  boolean eventsOn = true;
  String username = "";
  String challenge;

  AmiSession(Socket socket, AmiServer server, long id) {
    this.socket = socket;
    this.server = server;
    this.id = id;
  }

  long id() {
    return id;
  }

  String remoteAddress() {
    return socket.getInetAddress().getHostAddress() + "/" + socket.getPort();
  }

  String localAddress() {
    return socket.getLocalAddress().getHostAddress() + "/" + socket.getLocalPort();
  }

  void start() {
    Thread writer = new Thread(this::writeLoop, "pbxsim-ami-writer-" + id);
    writer.setDaemon(true);
    writer.start();
    Thread reader = new Thread(this::readLoop, "pbxsim-ami-reader-" + id);
    reader.setDaemon(true);
    reader.start();
  }

  /** Queues a message for the client; a client too slow to keep up is disconnected. */
  void send(AmiMessage message) {
    sendRaw(message.encode());
  }

  void sendRaw(byte[] bytes) {
    if (closed.get()) {
      return;
    }
    if (!outbox.offer(bytes)) {
      LOG.warning(() -> "AMI client " + remoteAddress() + " too slow: disconnecting it");
      close();
    }
  }

  /** Closes after everything queued so far has been written (Logoff, failed login). */
  void closeAfterFlush() {
    if (!outbox.offer(CLOSE)) {
      close();
    }
  }

  void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        socket.close();
      } catch (IOException e) {
        LOG.log(Level.FINE, "closing AMI client", e);
      }
      outbox.clear();
      outbox.offer(CLOSE);
      server.forget(this);
    }
  }

  boolean isClosed() {
    return closed.get();
  }

  private void readLoop() {
    try {
      AmiFrameReader reader = new AmiFrameReader(new BufferedInputStream(socket.getInputStream()));
      while (!closed.get()) {
        AmiMessage request = reader.next();
        if (request == null) {
          break;
        }
        pending.acquire();
        server
            .simulator()
            .submit(
                () -> {
                  try {
                    server.actions().handle(this, request);
                  } finally {
                    pending.release();
                  }
                });
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "AMI client gone", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close();
    }
  }

  private void writeLoop() {
    try (OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
      out.write(BANNER.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      while (true) {
        byte[] next = outbox.take();
        if (next == CLOSE) {
          out.flush();
          break;
        }
        out.write(next);
        if (outbox.isEmpty()) {
          out.flush();
        }
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "AMI client write failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close();
    }
  }
}
