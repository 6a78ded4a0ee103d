package org.blenddialer.journey.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One caller's way through the voice menus; written once, when they left the menus. */
@Entity
@Table(name = "ivr_path")
public class MenuPathRecord extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "pbx_server", nullable = false, length = 60)
  public String pbxServer;

  /** The caller channel's unique id (inbound_call.call_id when they reached a queue). */
  @Column(name = "call_id", nullable = false, length = 64)
  public String callId;

  @Column(name = "caller_number", nullable = false, length = 40)
  public String callerNumber;

  @Column(name = "entry_menu", nullable = false, length = 40)
  public String entryMenu;

  /** Menus heard, in order, comma separated. */
  @Column(nullable = false, length = 400)
  public String menus;

  /** What the caller did at each menu, in order, comma separated (keys, t, i). */
  @Column(nullable = false, length = 200)
  public String inputs;

  /** QUEUE, MESSAGE, MENU_HANGUP or CALLER_HUNG_UP. */
  @Column(nullable = false, length = 20)
  public String outcome;

  /** The queue or message they ended at ("" for a hang-up). */
  @Column(nullable = false, length = 100)
  public String destination;

  /** The input that sent them out: a key, t, i or closed. */
  @Column(name = "last_input", nullable = false, length = 10)
  public String lastInput;

  @Column(name = "self_served", nullable = false)
  public boolean selfServed;

  @Column(name = "entered_at", nullable = false)
  public Instant enteredAt;

  @Column(name = "left_at", nullable = false)
  public Instant leftAt;

  @Column(name = "seconds_in_menu", nullable = false)
  public double secondsInMenu;
}
