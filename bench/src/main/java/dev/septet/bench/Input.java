/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.sms.NationalLanguage;
import java.util.Set;

/** A benchmark input: one of the {@link Messages} texts and the national tables a sender would enable for it. */
public enum Input {
    /** {@link Messages#GSM_160}. */
    GSM_160(Messages.GSM_160, Set.of()),
    /** {@link Messages#GSM_EXTENSION}. */
    GSM_EXTENSION(Messages.GSM_EXTENSION, Set.of()),
    /** {@link Messages#PORTUGUESE}, with the Portuguese tables enabled; only Septet has national tables. */
    PORTUGUESE(Messages.PORTUGUESE, Set.of(NationalLanguage.PORTUGUESE)),
    /** {@link Messages#UCS2_EMOJI}. */
    UCS2_EMOJI(Messages.UCS2_EMOJI, Set.of()),
    /** {@link Messages#GSM_1600}. */
    GSM_1600(Messages.GSM_1600, Set.of()),
    /** {@link Messages#GSM_16000}. */
    GSM_16000(Messages.GSM_16000, Set.of());

    private final String text;
    private final Set<NationalLanguage> languages;

    Input(String text, Set<NationalLanguage> languages) {
        this.text = text;
        this.languages = languages;
    }

    /**
     * Returns the text.
     *
     * @return the message text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the national languages to enable; empty for default-alphabet and UCS-2 inputs.
     *
     * @return the languages, possibly empty
     */
    public Set<NationalLanguage> languages() {
        return languages;
    }

    /**
     * Returns the length, the denominator of the ns-per-character figures.
     *
     * @return the length in UTF-16 code units
     */
    public int characters() {
        return text.length();
    }
}
