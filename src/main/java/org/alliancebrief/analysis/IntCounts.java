package org.alliancebrief.analysis;

import java.util.Arrays;

/** A small counter of ints by int key, in primitive arrays (open addressing). */
final class IntCounts {
    private int[] keys = new int[16];
    private int[] counts = new int[16];
    private int size;

    IntCounts() {
        Arrays.fill(keys, -1);
    }

    /** Adds one to {@code key}'s count; keys are non-negative. */
    void increment(int key) {
        int slot = slotOf(key);
        if (keys[slot] != key) {
            if ((size + 1) * 2 > keys.length) {
                grow();
                slot = slotOf(key);
            }
            keys[slot] = key;
            size++;
        }
        counts[slot]++;
    }

    int count(int key) {
        int slot = slotOf(key);
        return keys[slot] == key ? counts[slot] : 0;
    }

    /** The key with the highest count, the lowest key among equals; -1 when empty. */
    int mostCountedLowestKey() {
        int best = -1;
        int most = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] >= 0 && (counts[i] > most || (counts[i] == most && keys[i] < best))) {
                best = keys[i];
                most = counts[i];
            }
        }
        return best;
    }

    private int slotOf(int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B1 >>> 7) & mask;
        while (keys[slot] >= 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] >= 0) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
