/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

/**
 * The shared benchmark inputs: every peer is measured on exactly these texts.
 *
 * <p>Non-ASCII characters are written as Unicode escapes so the sources stay ASCII-only.
 */
public final class Messages {
    /** A 160-character text in the GSM 7-bit default alphabet, no extension characters: exactly one full part. */
    public static final String GSM_160 = "Your Septet code is 482913. It expires in 10 minutes; never share it with"
            + " anyone, not even our staff. Didn't ask for it? Reply STOP or call +44 20 7946 0000 now";

    /** GSM text with extension-table characters (each costs an escape septet): 81 characters, 90 septets. */
    public static final String GSM_EXTENSION =
            "Order {A-17} is ready [paid]: total \u20AC12.50 ~ use code ^X|Y\\Z at the desk. Thanks!";

    /**
     * Portuguese text that the Portuguese locking shift table encodes as GSM 7-bit in one part, but that needs
     * UCS-2 (two parts) with the default alphabet: 115 characters.
     */
    public static final String PORTUGUESE = "Ol\u00E1 Jo\u00E3o, a sua encomenda n\u00BA 4821 est\u00E1 a"
            + " caminho. Aten\u00E7\u00E3o: o c\u00F3digo \u00E9 v\u00E1lido at\u00E9 \u00E0s 18h. Obrigado pela"
            + " prefer\u00EAncia!";

    /** A UCS-2 text with Cyrillic and two emoji (surrogate pairs): 48 UTF-16 code units, one part. */
    public static final String UCS2_EMOJI =
            "Ol\u00E1 \u0418\u0432\u0430\u043D! Your code is 4821" + " \uD83D\uDE00 \u2014 valid 10 min \uD83D\uDC4D";

    /** {@link #GSM_160} ten times: 1,600 characters, 11 parts. */
    public static final String GSM_1600 = GSM_160.repeat(10);

    /** {@link #GSM_160} a hundred times: 16,000 characters, 105 parts. */
    public static final String GSM_16000 = GSM_160.repeat(100);

    private Messages() {}
}
