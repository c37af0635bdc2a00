/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import static dev.septet.smpp.Fixtures.HANDSET;
import static dev.septet.smpp.Fixtures.SENDER;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.septet.sms.Encoding;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.ReferenceSource;
import dev.septet.sms.SeptetFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the three modes over random texts (fixed seed): whatever the text, the PDUs a mode builds, offered
 * to a receiver in any order, give the text back, and every PDU obeys its mode's limits.
 */
class SubmitRoundTripPropertyTest {
    private static final long SEED = 0x5EB7E7L;
    /** Default alphabet, escapes, '@', Portuguese letters, Cyrillic, a surrogate pair and a ZWJ sequence. */
    private static final String[] POOL = {
        "a",
        "Z",
        "0",
        " ",
        "@",
        "\u20AC",
        "[",
        "}",
        "~",
        "\u00E9",
        "\u00E7",
        "\u00E3",
        "\u00F5",
        "\u00CD",
        "\u0416",
        "\uD83D\uDC4D",
        "\uD83D\uDC69\u200D\uD83D\uDC67",
        "\n",
        "x",
        "y"
    };

    private static Gen<String> texts() {
        return lists().of(arbitrary().pick(POOL)).ofSizeBetween(1, 700).map(l -> String.join("", l));
    }

    private static Gen<SmppOptions> options() {
        return arbitrary().enumValues(Fixtures.Variant.class).zip(arbitrary().pick(false, true), (variant, pt) -> {
            SmppOptions o = variant.options();
            return pt && o.mode() == SmppMode.UDH ? o.withSms(o.sms().withLanguages(NationalLanguage.PORTUGUESE)) : o;
        });
    }

    @Test
    void partsOfferedInAnyOrderGiveTheTextBack() {
        qt().withFixedSeed(SEED)
                .withExamples(600)
                .forAll(texts(), options())
                .assuming((text, o) -> o.sms().septetFormat() == SeptetFormat.UNPACKED || !text.endsWith("@"))
                .check((text, o) -> joined(text, o).equals(text));
    }

    @Test
    void everyPduKeepsItsModesLimits() {
        qt().withFixedSeed(SEED).withExamples(600).forAll(texts(), options()).check(this::withinLimits);
    }

    private static String joined(String text, SmppOptions o) {
        List<SubmitPart> parts = new ArrayList<>(SmppSender.create(o, ReferenceSource.counter(text.length()))
                .submission(text)
                .parts());
        Collections.shuffle(parts, new Random(text.hashCode()));
        SmppReceiver receiver =
                SmppReceiver.builder().septetFormat(o.sms().septetFormat()).build();
        Inbound last = null;
        for (SubmitPart p : parts) {
            last = receiver.offer(
                    HANDSET, SENDER, p.esmClass(), p.dataCoding(), p.shortMessage(), p.optionalParameters());
        }
        return last instanceof MobileMessage ? ((MobileMessage) last).text() : "<incomplete: " + last + ">";
    }

    private boolean withinLimits(String text, SmppOptions o) {
        Submission s = SmppSender.create(o, ReferenceSource.counter(1)).submission(text);
        int header = o.sms().reference16() ? 1 : 0;
        for (SubmitPart p : s.parts()) {
            boolean ok = p.smLength() <= (o.sms().septetFormat() == SeptetFormat.PACKED ? 140 : 160);
            switch (o.mode()) {
                case UDH:
                    ok &= p.udhi()
                            == (s.parts().size() > 1 || !o.sms().languages().isEmpty() && p.udhi());
                    ok &= p.optionalParameters().isEmpty();
                    break;
                case SAR:
                    int room = s.encoding() == Encoding.UCS2 ? 67 : 153;
                    ok &= p.esmClass() == 0 && (s.parts().size() == 1 || p.units() <= room - header);
                    ok &= p.optionalParameters().size() == (s.parts().size() > 1 ? 3 : 0);
                    break;
                default:
                    ok &= p.smLength() == 0 && p.esmClass() == 0 && s.parts().size() == 1;
                    ok &= p.text().equals(text);
                    break;
            }
            ok &= p.dataCoding() == (s.encoding() == Encoding.UCS2 ? 0x08 : o.gsm7DataCoding());
            if (!ok) {
                return false;
            }
        }
        return s.smsParts() >= s.parts().size();
    }
}
