package vn.sohoa.services.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Follows every chain of the audit trail while the events are listed (in key order, which is
 * time order: the same as chain order, but for events of one millisecond and clocks set back, so
 * a window of events is kept per chain to put them in order). Memory: one state per chain plus
 * that window, whatever the size of the trail.
 */
final class AuditChainVerifier {

    /** Events of one chain held back waiting for the one before them, before a gap is declared. */
    private static final int WINDOW = 10_000;

    private record Entry(String key, String prev, String hash) {
    }

    private static final class State {
        long seq;
        String hash = "";
        String key;
        boolean hashKnown = true;
        String hashAtHead;
        final TreeMap<Long, Entry> pending = new TreeMap<>();
    }

    private final AuditChain.Head head;
    private final Map<String, State> chains = new TreeMap<>();
    private final List<AuditChainReport.Problem> problems = new ArrayList<>();
    private long events;
    private long unchained;

    /** @param head this installation's head (its newest event), or null when it never wrote one */
    AuditChainVerifier(AuditChain.Head head) {
        this.head = head;
    }

    /** One listed object: its key, its stored bytes, and the event they hold (null when they hold none). */
    void accept(String key, byte[] bytes, AuditEvent event) {
        events++;
        if (event == null) {
            problems.add(new AuditChainReport.Problem(AuditChainReport.UNREADABLE, null, key, null, null));
            return;
        }
        if (!event.chained()) {
            unchained++;
            return;
        }
        State state = chains.computeIfAbsent(event.chain(), c -> new State());
        if (event.seq() <= state.seq || state.pending.containsKey(event.seq())) {
            problems.add(new AuditChainReport.Problem(AuditChainReport.FORKED, event.chain(), key, null, null));
            return;
        }
        state.pending.put(event.seq(), new Entry(key, event.prev() == null ? "" : event.prev(), AuditChain.sha256(bytes)));
        follow(event.chain(), state, false);
    }

    AuditChainReport finish() {
        chains.forEach((chain, state) -> follow(chain, state, true));
        if (head != null && head.seq() > 0) {
            State state = chains.get(head.chain());
            long last = state == null ? 0 : state.seq;
            if (last < head.seq()) {
                problems.add(missing(head.chain(), last + 1, head.seq()));
            } else if (!head.hash().equals(state.hashAtHead)) {
                problems.add(new AuditChainReport.Problem(AuditChainReport.CHANGED, head.chain(),
                        head.chain() + " #" + head.seq(), head.hash(), state.hashAtHead));
            }
        }
        return new AuditChainReport(events, unchained, chains.size(), List.copyOf(problems));
    }

    /** Takes the chain's events in order as far as they go; at the end (or beyond the window) a gap is a gap. */
    private void follow(String chain, State state, boolean end) {
        while (!state.pending.isEmpty()) {
            long next = state.pending.firstKey();
            if (next != state.seq + 1) {
                if (!end && state.pending.size() <= WINDOW) {
                    return;
                }
                problems.add(missing(chain, state.seq + 1, next - 1));
                state.seq = next - 1;
                state.hashKnown = false; // the event before is gone: nothing to compare its link with
            }
            Entry entry = state.pending.pollFirstEntry().getValue();
            if (state.hashKnown && !entry.prev().equals(state.hash)) {
                problems.add(new AuditChainReport.Problem(AuditChainReport.CHANGED, chain,
                        state.key == null ? entry.key() : state.key, entry.prev(), state.hash));
            }
            state.seq = next;
            state.hash = entry.hash();
            state.key = entry.key();
            state.hashKnown = true;
            if (head != null && chain.equals(head.chain()) && next == head.seq()) {
                state.hashAtHead = entry.hash();
            }
        }
    }

    private static AuditChainReport.Problem missing(String chain, long from, long to) {
        return new AuditChainReport.Problem(AuditChainReport.MISSING, chain,
                chain + " #" + from + (to > from ? "–#" + to : ""), null, null);
    }
}
