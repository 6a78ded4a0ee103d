package org.blenddialer.compliance.dnc;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.blenddialer.core.compliance.ListAnswer;
import org.blenddialer.core.compliance.dnc.DncIndex;
import org.blenddialer.core.compliance.dnc.LongList;
import org.jboss.logging.Logger;

/**
 * The in-memory side of the DNC lists: a compact index per registry copy and per internal or
 * campaign list, plus the numbers added since the index was built, so that an addition counts for
 * the very next dial decision. The database stays the source of truth; a list or registry that
 * failed to load answers "unreadable", which denies.
 */
@ApplicationScoped
public class DncMemory {

  private static final Logger LOG = Logger.getLogger(DncMemory.class);

  /** One loaded registry copy. */
  record RegistryCopy(long importId, Instant asOf, DncIndex index) {}

  /** One internal or campaign list: the index built at load plus later additions and removals. */
  record ListCopy(DncIndex base, Set<Long> added, Set<Long> removed) {

    ListCopy(DncIndex base) {
      this(base, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet());
    }

    boolean listed(long number) {
      return added.contains(number) || (base.contains(number) && !removed.contains(number));
    }
  }

  private final AgroalDataSource dataSource;
  private final InstantSource clock;
  private final Map<String, RegistryCopy> registries = new ConcurrentHashMap<>();
  private final Map<String, String> registryFailures = new ConcurrentHashMap<>();
  private final Map<String, ListCopy> lists = new ConcurrentHashMap<>();
  private volatile String listsFailure = "DNC lists not loaded yet";
  private volatile long lastEntryId;
  private volatile long lastRemovalId;
  private volatile Instant listsAsOf = Instant.EPOCH;

  DncMemory(AgroalDataSource dataSource, InstantSource clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** The answer of one list or registry for one number (E.164 digits). */
  public ListAnswer answer(String listId, long number) {
    RegistryCopy registry = registries.get(listId);
    if (registry != null) {
      return ListAnswer.of(
          listId,
          "import " + registry.importId(),
          registry.asOf(),
          registry.index().contains(number));
    }
    String failure = registryFailures.get(listId);
    if (failure != null) {
      return ListAnswer.unreadable(listId, failure);
    }
    if (listsFailure != null) {
      return ListAnswer.unreadable(listId, listsFailure);
    }
    ListCopy list = lists.get(listId);
    boolean listed = list != null && list.listed(number);
    return ListAnswer.of(listId, "entry " + lastEntryId, listsAsOf, listed);
  }

  /**
   * Whether a loaded list or registry copy has the number; false when it has not or could not be
   * read. For the import's scrub, which asks for every number of a file and so allocates nothing;
   * the dial-time check asks {@link #answer}, where unreadable denies.
   */
  public boolean listed(String listId, long number) {
    RegistryCopy registry = registries.get(listId);
    if (registry != null) {
      return registry.index().contains(number);
    }
    ListCopy list = lists.get(listId);
    return list != null && list.listed(number);
  }

  /** Marks a registry as expected; until a copy is loaded its answer is "never imported". */
  public void expectRegistry(String registry) {
    if (!registries.containsKey(registry)) {
      registryFailures.putIfAbsent(registry, "registry " + registry + " was never imported");
    }
  }

  /** Puts a freshly imported registry copy in force. */
  public void replaceRegistry(String registry, long importId, Instant asOf, DncIndex index) {
    registries.put(registry, new RegistryCopy(importId, asOf, index));
    registryFailures.remove(registry);
  }

  /** Loads the newest copy of a registry from the database. */
  public void loadRegistry(String registry) {
    try (Connection c = dataSource.getConnection()) {
      long importId;
      Instant asOf;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, as_of FROM dnc_registry_import WHERE registry = ? ORDER BY id DESC"
                  + " LIMIT 1")) {
        s.setString(1, registry);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            expectRegistry(registry);
            return;
          }
          importId = rs.getLong(1);
          // DATETIME(6) holds UTC wall time, as Hibernate writes it.
          asOf = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        }
      }
      LongList numbers = new LongList();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT number FROM dnc_registry_number WHERE import_id = ?",
              ResultSet.TYPE_FORWARD_ONLY,
              ResultSet.CONCUR_READ_ONLY)) {
        // Streams rows instead of buffering a whole national registry.
        s.setFetchSize(Integer.MIN_VALUE);
        s.setLong(1, importId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            numbers.add(rs.getLong(1));
          }
        }
      }
      replaceRegistry(
          registry, importId, asOf, DncIndex.of(numbers.backingArray(), numbers.size()));
    } catch (SQLException | RuntimeException e) {
      LOG.errorf("registry %s could not be loaded: %s", registry, e.getMessage());
      registries.remove(registry);
      registryFailures.put(registry, "registry " + registry + " could not be loaded");
    }
  }

  /** Loads every internal and campaign list from the database. */
  public synchronized void loadLists() {
    Map<String, LongList> byList = new HashMap<>();
    long maxId = 0;
    long maxRemovalId;
    try (Connection c = dataSource.getConnection()) {
      // Removals first: one made between the two reads is then at worst read again next refresh.
      maxRemovalId = lastRemovalId(c);
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT l.code, e.number, e.id FROM dnc_entry e"
                      + " JOIN dnc_list l ON l.id = e.list_id");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          byList.computeIfAbsent(rs.getString(1), k -> new LongList()).add(rs.getLong(2));
          maxId = Math.max(maxId, rs.getLong(3));
        }
      }
    } catch (SQLException | RuntimeException e) {
      LOG.errorf("DNC lists could not be loaded: %s", e.getMessage());
      listsFailure = "DNC lists could not be loaded";
      return;
    }
    lists.clear();
    byList.forEach(
        (code, numbers) ->
            lists.put(code, new ListCopy(DncIndex.of(numbers.backingArray(), numbers.size()))));
    lastEntryId = maxId;
    lastRemovalId = maxRemovalId;
    listsAsOf = clock.instant();
    listsFailure = null;
  }

  /**
   * Picks up entries other service instances added since the last load or refresh; a removal made
   * elsewhere (rare) reloads the lists whole, which is simpler than ordering adds and removals.
   */
  public synchronized void refreshLists() {
    if (listsFailure != null) {
      loadLists();
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (lastRemovalId(c) > lastRemovalId) {
        loadLists();
        return;
      }
    } catch (SQLException | RuntimeException e) {
      LOG.errorf("DNC lists could not be refreshed: %s", e.getMessage());
      listsFailure = "DNC lists could not be refreshed";
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT l.code, e.number, e.id FROM dnc_entry e JOIN dnc_list l ON l.id = e.list_id"
                    + " WHERE e.id > ?")) {
      s.setLong(1, lastEntryId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          added(rs.getString(1), rs.getLong(2), rs.getLong(3));
        }
      }
      listsAsOf = clock.instant();
    } catch (SQLException | RuntimeException e) {
      LOG.errorf("DNC lists could not be refreshed: %s", e.getMessage());
      listsFailure = "DNC lists could not be refreshed";
    }
  }

  /** Counts a number added to a list from now on. */
  public void added(String listCode, long number, long entryId) {
    ListCopy list = lists.computeIfAbsent(listCode, k -> new ListCopy(DncIndex.empty()));
    list.added().add(number);
    list.removed().remove(number);
    if (entryId > lastEntryId) {
      lastEntryId = entryId;
    }
  }

  /** Counts a number as off a list from now on (its removal is committed). */
  public void removed(String listCode, long number, long removalId) {
    ListCopy list = lists.computeIfAbsent(listCode, k -> new ListCopy(DncIndex.empty()));
    list.removed().add(number);
    list.added().remove(number);
    if (removalId > lastRemovalId) {
      lastRemovalId = removalId;
    }
  }

  private static long lastRemovalId(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM dnc_removal");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
