/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * Finds the UTF-16 units that must stay together in one UCS-2 part.
 */
final class Graphemes {
    private Graphemes() {
    }

    /**
     * Returns how many UTF-16 units starting at {@code i} must not be split: 2 for a surrogate pair, else 1.
     * Never more than {@code capacity}, so an overlong unit still makes progress.
     */
    static int clusterLength(CharSequence text, int i, int capacity) {
        if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
            return 2;
        }
        return 1;
    }
}
