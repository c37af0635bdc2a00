/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * What the caller asks for: let Septet choose the cheapest encoding, or force one.
 */
public enum EncodingChoice {
    /**
     * Pick the encoding and tables with the fewest parts, then the most units free in the last part, then the
     * fewest national language information elements, then the default tables before national ones and languages
     * in {@link NationalLanguage} declaration order. GSM 7-bit (with the enabled national tables) always wins over
     * UCS-2 when it can represent the text, because it never needs more parts.
     */
    AUTO,
    /**
     * Force GSM 7-bit with the default tables or any enabled national table pair; text that no enabled table pair
     * can represent is an error ({@link SmsError#UNENCODABLE}) unless a replacement character is set.
     */
    GSM7,
    /**
     * Force GSM 7-bit with at least one national language table (locking or single shift) from the enabled
     * languages: what SMS gateways call "GSM-PT" when Portuguese is enabled. The cheapest such pair wins.
     */
    GSM7_NATIONAL,
    /** Force UCS-2 (UTF-16BE), whatever the text. */
    UCS2
}
