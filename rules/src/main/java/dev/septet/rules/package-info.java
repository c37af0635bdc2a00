/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Pre-send checks: before a messaging server hands a message to an SMS provider, ask whether the destination
 * country's sending rules let it go now, when it may go if not, and what the text lacks.
 *
 * <p>Start with {@link dev.septet.rules.PreSendCheck#create()} and {@link dev.septet.rules.CheckRequest#of}. The
 * rules are data in an immutable {@link dev.septet.rules.RuleTable}: {@link dev.septet.rules.RuleTable#defaults()}
 * holds the restrictions the 360nrs REST API documentation publishes for France, Spain, the United Kingdom, the
 * United States, Colombia and Ireland, and a caller derives changed copies (other hours, a new holiday, another
 * country) with the {@code withX} methods. The recipient's country comes from Google's libphonenumber, so a
 * Canadian {@code +1} number is not treated as American.
 *
 * <p>Time is always a {@link java.time.Instant}; local rules are evaluated in the country's
 * {@link java.time.ZoneId}, across daylight-saving changes. Text positions are UTF-16 code unit indexes into the
 * text as given, end exclusive. Every public type is immutable and thread-safe.
 */
package dev.septet.rules;
