/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.SeptetFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.params.provider.Arguments;

/** Servers, option variants and the bound client shared by the interoperability tests. */
final class Fixtures {
    static final SmppAddress SENDER = SmppAddress.alphanumeric("Septet");
    static final SmppAddress HANDSET = SmppAddress.international("447700900123");

    private Fixtures() {}

    /** The two SMPP server implementations. */
    enum Server {
        JSMPP,
        CLOUDHOPPER;

        TestSmsc start() throws Exception {
            return this == JSMPP ? new JsmppSmsc() : new CloudhopperSmsc();
        }
    }

    /** Every mode, with the layout and reference variants an SMSC may ask for. */
    enum Variant {
        UDH(o -> o),
        UDH_PACKED(o -> o.withSms(o.sms().withSeptetFormat(SeptetFormat.PACKED))),
        UDH_REF16(o -> o.withSms(o.sms().withReference16(true))),
        SAR(o -> o.withMode(SmppMode.SAR)),
        SAR_REF16(o -> o.withMode(SmppMode.SAR).withSms(o.sms().withReference16(true))),
        SAR_PACKED(o -> o.withMode(SmppMode.SAR).withSms(o.sms().withSeptetFormat(SeptetFormat.PACKED))),
        MESSAGE_PAYLOAD(o -> o.withMode(SmppMode.MESSAGE_PAYLOAD)),
        MESSAGE_PAYLOAD_DC01(o -> o.withMode(SmppMode.MESSAGE_PAYLOAD).withGsm7DataCoding(0x01));

        private final Function<SmppOptions, SmppOptions> derive;

        Variant(Function<SmppOptions, SmppOptions> derive) {
            this.derive = derive;
        }

        SmppOptions options() {
            return derive.apply(SmppOptions.defaults());
        }

        SeptetFormat format() {
            return options().sms().septetFormat();
        }
    }

    /** Every server with every variant, for parameterized tests. */
    static Stream<Arguments> everyServerAndVariant() {
        List<Arguments> all = new ArrayList<>();
        for (Server server : Server.values()) {
            for (Variant variant : Variant.values()) {
                all.add(Arguments.of(server, variant));
            }
        }
        return all.stream();
    }

    /** A jsmpp client bound as transceiver to the server, delivering to the receiver. */
    static SMPPSession bind(TestSmsc smsc, SmppReceiver receiver) throws IOException {
        SMPPSession session = new SMPPSession();
        session.setTransactionTimer(10_000);
        session.setMessageReceiverListener(receiver.listener());
        session.connectAndBind(
                "127.0.0.1",
                smsc.port(),
                new BindParameter(
                        BindType.BIND_TRX,
                        "septet",
                        "secret",
                        "",
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        null,
                        InterfaceVersion.IF_34));
        return session;
    }
}
