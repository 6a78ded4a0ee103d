package org.blenddialer.telephony.pbxsim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The simulator's AMI listener: accepts clients and broadcasts events to the logged-in ones. */
final class AmiServer {

  private static final Logger LOG = Logger.getLogger(AmiServer.class.getName());

  private final PbxSimulator simulator;
  private final AmiActions actions;
  private final List<AmiSession> sessions = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private ServerSocket listener;

  AmiServer(PbxSimulator simulator, AmiActions actions) {
    this.simulator = simulator;
    this.actions = actions;
  }

  PbxSimulator simulator() {
    return simulator;
  }

  AmiActions actions() {
    return actions;
  }

  int start(String host, int port) throws IOException {
    listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(new InetSocketAddress(InetAddress.getByName(host), port), 200);
    Thread acceptor = new Thread(this::acceptLoop, "pbxsim-ami-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return listener.getLocalPort();
  }

  void stop() {
    try {
      if (listener != null) {
        listener.close();
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing AMI listener", e);
    }
    for (AmiSession session : sessions) {
      session.close();
    }
  }

  void dropAll() {
    for (AmiSession session : sessions) {
      session.close();
    }
  }

  /** Sends an event to every logged-in client that asked for events. Model thread only. */
  void broadcast(AmiMessage event) {
    byte[] bytes = null;
    for (AmiSession session : sessions) {
      if (session.authenticated && session.eventsOn) {
        if (bytes == null) {
          bytes = event.encode();
        }
        session.sendRaw(bytes);
      }
    }
  }

  int sessionCount() {
    return sessions.size();
  }

  void forget(AmiSession session) {
    sessions.remove(session);
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        socket.setTcpNoDelay(true);
        AmiSession session = new AmiSession(socket, this, ids.incrementAndGet());
        sessions.add(session);
        session.start();
      } catch (IOException e) {
        if (!listener.isClosed()) {
          LOG.log(Level.WARNING, "AMI accept failed", e);
        }
      }
    }
  }
}
