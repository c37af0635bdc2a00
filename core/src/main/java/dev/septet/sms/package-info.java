/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * SMS text encoding: the GSM 7-bit default alphabet and national language tables of 3GPP TS 23.038, UCS-2
 * fallback, counting, splitting into concatenated parts (3GPP TS 23.040 clause 9.2.3.24), septet packing and
 * decoding.
 *
 * <p>Units: GSM 7-bit counts are in septets (an extension character costs two: the escape and its code); UCS-2
 * counts are in UTF-16 code units (a character outside the Basic Multilingual Plane costs two). Indexes into a
 * text are UTF-16 code unit indexes, as {@link java.lang.String#charAt(int)} uses. Every public type is immutable
 * or thread-safe as its javadoc says.
 */
package dev.septet.sms;
