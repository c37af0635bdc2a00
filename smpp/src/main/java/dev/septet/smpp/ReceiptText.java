/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the fields of a delivery receipt's text (SMPP 3.4 Appendix B), each on its own. */
final class ReceiptText {
    /*
     * jsmpp's DeliveryReceipt parser is all or nothing: a receipt without "stat:", or with a state it does not know,
     * throws and loses the id as well; it also builds dates through the default time zone. SMSCs vary the format
     * (field case, order, extra fields, missing ones), so each field is looked up on its own: the key at the start
     * or after a space, case-insensitive, its value up to the next space; "text:" takes the rest. A field that is
     * absent or not of its form is empty rather than an error.
     */

    private final String raw;
    private final String lower;
    /** Where "text:" starts, or the length: keys are looked for before it, since the text may contain anything. */
    private final int textStart;

    ReceiptText(String raw) {
        this.raw = raw;
        this.lower = raw.toLowerCase(Locale.ROOT);
        int t = keyAt("text:", raw.length());
        this.textStart = t < 0 ? raw.length() : t;
    }

    private int keyAt(String key, int before) {
        for (int at = lower.indexOf(key); at >= 0 && at < before; at = lower.indexOf(key, at + 1)) {
            if (at == 0 || lower.charAt(at - 1) == ' ') {
                return at;
            }
        }
        return -1;
    }

    /** The value of a field, or null when absent. */
    String field(String key) {
        int at = keyAt(key + ":", textStart);
        if (at < 0) {
            return null;
        }
        int start = at + key.length() + 1;
        int end = raw.indexOf(' ', start);
        return raw.substring(start, end < 0 || end > textStart ? Math.max(start, trimEnd(textStart)) : end);
    }

    private int trimEnd(int end) {
        int e = end;
        while (e > 0 && raw.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    String string(String key) {
        String v = field(key);
        return v == null ? "" : v;
    }

    String text() {
        return textStart >= raw.length() ? "" : raw.substring(textStart + "text:".length());
    }

    OptionalInt count(String key) {
        String v = field(key);
        if (v == null || v.isEmpty() || v.length() > 9) {
            return OptionalInt.empty();
        }
        int n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalInt.empty();
            }
            n = n * 10 + (c - '0');
        }
        return OptionalInt.of(n);
    }

    /** YYMMDDhhmm or YYMMDDhhmmss, the year read as 2000 to 2099. */
    Optional<LocalDateTime> date(String key) {
        String v = field(key);
        if (v == null || (v.length() != 10 && v.length() != 12)) {
            return Optional.empty();
        }
        int[] d = new int[v.length() / 2];
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            d[i / 2] = d[i / 2] * 10 + (c - '0');
        }
        try {
            return Optional.of(LocalDateTime.of(2000 + d[0], d[1], d[2], d[3], d[4], d.length == 6 ? d[5] : 0));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
