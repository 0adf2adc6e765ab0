package io.briefbot.chat.telegram;

import java.util.Arrays;

/**
 * The most recently added update ids, up to a bound; the oldest are forgotten first. Every update is
 * remembered, so this takes no allocation per id: a ring of the ids in the order they came, and an
 * open-addressing table (linear probing) to find them.
 */
final class RecentUpdateIds {

    private static final long FREE = Long.MIN_VALUE;

    private final int[] arrivals;
    private final long[] table;
    private final int mask;
    private int oldest;
    private int size;

    RecentUpdateIds(int capacity) {
        this.arrivals = new int[capacity];
        // at most a quarter full: short probes
        int slots = Integer.highestOneBit(Math.max(4, capacity) * 4 - 1) << 1;
        this.table = new long[slots];
        this.mask = slots - 1;
        Arrays.fill(table, FREE);
    }

    synchronized boolean contains(int id) {
        return slotOf(id) >= 0;
    }

    /** True when the id was not among the recent ones (and now is). */
    synchronized boolean add(int id) {
        if (slotOf(id) >= 0) {
            return false;
        }
        if (size == arrivals.length) {
            remove(arrivals[oldest]);
            arrivals[oldest] = id;
            oldest = (oldest + 1) % arrivals.length;
        } else {
            arrivals[(oldest + size) % arrivals.length] = id;
            size++;
        }
        int slot = home(id);
        while (table[slot] != FREE) {
            slot = (slot + 1) & mask;
        }
        table[slot] = id;
        return true;
    }

    private int slotOf(int id) {
        for (int slot = home(id); table[slot] != FREE; slot = (slot + 1) & mask) {
            if (table[slot] == id) {
                return slot;
            }
        }
        return -1;
    }

    /** Frees the id's slot and moves back the ids after it that could not have their own (no tombstones). */
    private void remove(int id) {
        int free = slotOf(id);
        for (int slot = (free + 1) & mask; table[slot] != FREE; slot = (slot + 1) & mask) {
            int home = home((int) table[slot]);
            boolean homeAfterFree = free <= slot ? free < home && home <= slot : free < home || home <= slot;
            if (!homeAfterFree) {
                table[free] = table[slot];
                free = slot;
            }
        }
        table[free] = FREE;
    }

    private int home(int id) {
        int mixed = id * 0x9E3779B9;
        return (mixed ^ (mixed >>> 16)) & mask;
    }
}
