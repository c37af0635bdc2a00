/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Receipt texts as SMSCs write them: the Appendix B form and the variations seen in the field. */
class ReceiptTextTest {

    @Test
    void theAppendixBForm() {
        ReceiptText t = new ReceiptText("id:0123456789 sub:001 dlvrd:001 submit date:0610191018"
                + " done date:0610191018 stat:DELIVRD err:000 text:Hello id:fake stat:NOPE");
        assertThat(t.string("id")).isEqualTo("0123456789");
        assertThat(t.count("sub")).hasValue(1);
        assertThat(t.count("dlvrd")).hasValue(1);
        assertThat(t.date("submit date")).contains(LocalDateTime.of(2006, 10, 19, 10, 18));
        assertThat(t.string("stat")).isEqualTo("DELIVRD");
        assertThat(t.string("err")).isEqualTo("000");
        assertThat(t.text()).isEqualTo("Hello id:fake stat:NOPE");
    }

    @Test
    void keysInAnyCaseAndOrderSecondsAndAnSmscsOwnState() {
        ReceiptText t = new ReceiptText("STAT:ENROUTE ID:abc Done Date:261201235959 Sub:1 err:");
        assertThat(t.string("stat")).isEqualTo("ENROUTE");
        assertThat(t.string("id")).isEqualTo("abc");
        assertThat(t.date("done date")).contains(LocalDateTime.of(2026, 12, 1, 23, 59, 59));
        assertThat(t.count("sub")).hasValue(1);
        assertThat(t.string("err")).isEmpty();
        assertThat(t.text()).isEmpty();
    }

    @Test
    void malformedFieldsAreEmptyAndTheOthersStillRead() {
        ReceiptText t = new ReceiptText(
                "id:7 sub:x1 dlvrd:1234567890 submit date:2613011200 done date:26120112" + " xid:9 Text:end");
        assertThat(t.string("id")).isEqualTo("7");
        assertThat(t.count("sub")).isEmpty();
        assertThat(t.count("dlvrd")).isEmpty();
        assertThat(t.date("submit date")).isEmpty(); // month 13
        assertThat(t.date("done date")).isEmpty(); // 8 digits
        assertThat(t.date("first date")).isEmpty();
        assertThat(t.field("stat")).isNull();
        assertThat(t.date("id")).isEmpty();
        assertThat(new ReceiptText("submit date:26120a1200").date("submit date"))
                .isEmpty();
        assertThat(t.text()).isEqualTo("end");
    }
}
