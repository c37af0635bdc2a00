/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * Part boundaries of text where every character costs one septet in the default tables: no fill pass needed.
 */
final class UniformParts {
    /*
     * With the default tables and no escape, each UTF-16 char is one septet and no pair or cluster rule applies
     * there (grapheme clusters are kept whole only with the national tables that hold combining marks), so the
     * greedy fill closes every part at exactly the capacity: part p starts at p * capacity and holds capacity
     * septets, the last one the rest. This replaces two passes over the text (the fill and the per-part cost).
     */
    private UniformParts() {}

    /** Tells whether {@code plan}'s parts are full-capacity slices of its text. */
    static boolean applies(Plan plan) {
        return plan.encoding == Encoding.GSM7
                && plan.lockingNli == 0
                && plan.shiftNli == 0
                && plan.units == plan.characters
                && plan.text.length() == plan.characters;
    }

    /** Returns where each part starts; {@link #applies} must hold. */
    static int[] starts(Plan plan) {
        int[] starts = new int[plan.parts];
        for (int p = 1; p < starts.length; p++) {
            starts[p] = p * plan.capacity;
        }
        return starts;
    }
}
