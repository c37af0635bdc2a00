/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import static dev.septet.smpp.Fixtures.HANDSET;
import static dev.septet.smpp.Fixtures.SENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.sms.EncodingChoice;
import dev.septet.sms.ReferenceSource;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import java.util.List;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the sender reports when the SMSC or the session fails in the middle of a message. */
class SmppSendFailureTest {
    private static final String THREE_PARTS = "x".repeat(153 * 2 + 10);

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.septet.smpp.Fixtures#everyServerAndVariant")
    void theServerRejectsPartTwoOfThreeAndTheExceptionNamesAcceptedPartOne(
            Fixtures.Server server, Fixtures.Variant variant) throws Exception {
        SmppSender sender = SmppSender.create(variant.options(), ReferenceSource.counter(5));
        boolean payload = variant.options().mode() == SmppMode.MESSAGE_PAYLOAD;
        try (TestSmsc smsc = server.start()) {
            // message_payload sends one PDU: reject it, so nothing is accepted
            smsc.rejectSubmit(payload ? 1 : 2);
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            try {
                assertThatThrownBy(() -> sender.send(session, SENDER, HANDSET, THREE_PARTS))
                        .isInstanceOfSatisfying(SmppSendException.class, e -> {
                            assertThat(e.failure()).isEqualTo(SendFailure.REJECTED);
                            assertThat(e.commandStatus()).hasValue(0x45);
                            if (payload) {
                                assertThat(e.failedSequence()).isEqualTo(1);
                                assertThat(e.accepted()).isEmpty();
                                assertThat(e.notAccepted()).containsExactly(1);
                                assertThat(e.getMessage())
                                        .isEqualTo("part 1 of 1 rejected by the SMSC"
                                                + " (command_status 0x00000045); accepted: none; not accepted: part 1");
                            } else {
                                String id = smsc.name().charAt(0) + "1";
                                assertThat(e.failedSequence()).isEqualTo(2);
                                assertThat(e.accepted()).containsExactly(new AcceptedPart(1, id));
                                assertThat(e.notAccepted()).containsExactly(2, 3);
                                assertThat(e.getMessage())
                                        .isEqualTo("part 2 of 3 rejected by the SMSC"
                                                + " (command_status 0x00000045); accepted: part 1 as '" + id
                                                + "'; not accepted: parts 2 to 3");
                            }
                        });
                // nothing after the rejected part was sent
                assertThat(smsc.submits()).hasSize(payload ? 0 : 1);
            } finally {
                session.unbindAndClose();
            }
        }
    }

    @Test
    void aGenericNackIsARefusalWithItsCommandStatus() throws Exception {
        SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(5));
        try (CloudhopperSmsc smsc = new CloudhopperSmsc()) {
            smsc.nackSubmit(2, 0x58); // ESME_RTHROTTLED
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            try {
                assertThatThrownBy(() -> sender.send(session, SENDER, HANDSET, THREE_PARTS))
                        .isInstanceOfSatisfying(SmppSendException.class, e -> {
                            assertThat(e.failure()).isEqualTo(SendFailure.REJECTED);
                            assertThat(e.commandStatus()).hasValue(0x58);
                            assertThat(e.failedSequence()).isEqualTo(2);
                            assertThat(e.accepted()).containsExactly(new AcceptedPart(1, "c1"));
                            assertThat(e.notAccepted()).containsExactly(2, 3);
                            assertThat(e.getMessage())
                                    .isEqualTo("part 2 of 3 rejected by the SMSC with generic_nack"
                                            + " (command_status 0x00000058); accepted: part 1 as 'c1';"
                                            + " not accepted: parts 2 to 3");
                        });
                // the session survives a generic_nack: the next message is sent and accepted
                assertThat(sender.send(session, SENDER, HANDSET, "short")).containsExactly("c2");
            } finally {
                session.unbindAndClose();
            }
            assertThat(smsc.submits()).hasSize(2);
        }
    }

    @Test
    void theRestCanBeSentAgainWithTheSameReference() throws Exception {
        SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(9));
        Submission whole = sender.submission(THREE_PARTS);
        try (JsmppSmsc smsc = new JsmppSmsc()) {
            smsc.rejectSubmit(2);
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            try {
                SmppSendException e = org.junit.jupiter.api.Assertions.assertThrows(
                        SmppSendException.class, () -> sender.send(session, SENDER, HANDSET, whole));
                Submission rest = new Submission(
                        whole.mode(),
                        whole.encoding(),
                        whole.smsParts(),
                        whole.parts()
                                .subList(e.failedSequence() - 1, whole.parts().size()));
                assertThat(sender.send(session, SENDER, HANDSET, rest)).containsExactly("j3", "j4");
            } finally {
                session.unbindAndClose();
            }
            assertThat(smsc.submits()).extracting(p -> p.shortMessage()[3]).containsOnly((byte) 9);
            assertThat(smsc.submits())
                    .extracting(p -> (int) p.shortMessage()[5])
                    .containsExactly(1, 2, 3);
        }
    }

    @Test
    void aSubmissionOfSomePartsReportsExactlyItsPartsNotAccepted() throws Exception {
        SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(9));
        Submission whole = sender.submission(THREE_PARTS);
        List<SubmitPart> parts = whole.parts();
        try (JsmppSmsc smsc = new JsmppSmsc()) {
            smsc.rejectSubmit(1);
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            try {
                // parts 1 and 3 again, part 2 having gone through before: part 2 is not this submission's to report
                Submission oneAndThree = new Submission(
                        whole.mode(), whole.encoding(), whole.smsParts(), List.of(parts.get(0), parts.get(2)));
                assertThatThrownBy(() -> sender.send(session, SENDER, HANDSET, oneAndThree))
                        .isInstanceOfSatisfying(SmppSendException.class, e -> {
                            assertThat(e.failedSequence()).isEqualTo(1);
                            assertThat(e.accepted()).isEmpty();
                            assertThat(e.notAccepted()).containsExactly(1, 3);
                            assertThat(e.getMessage())
                                    .isEqualTo("part 1 of 3 rejected by the SMSC (command_status 0x00000045);"
                                            + " accepted: none; not accepted: parts 1, 3");
                        });
                // the parts in another order: the report follows the order they were sent in
                smsc.rejectSubmit(2);
                Submission threeThenOne = new Submission(
                        whole.mode(), whole.encoding(), whole.smsParts(), List.of(parts.get(2), parts.get(0)));
                assertThatThrownBy(() -> sender.send(session, SENDER, HANDSET, threeThenOne))
                        .isInstanceOfSatisfying(SmppSendException.class, e -> {
                            assertThat(e.failedSequence()).isEqualTo(3);
                            assertThat(e.notAccepted()).containsExactly(3, 1);
                            assertThat(e.getMessage())
                                    .isEqualTo("part 3 of 3 rejected by the SMSC (command_status 0x00000045);"
                                            + " accepted: none; not accepted: parts 3, 1");
                        });
                // a batch of the first two parts: part 3 is left for later, not reported here
                smsc.rejectSubmit(4);
                Submission firstTwo =
                        new Submission(whole.mode(), whole.encoding(), whole.smsParts(), parts.subList(0, 2));
                assertThatThrownBy(() -> sender.send(session, SENDER, HANDSET, firstTwo))
                        .isInstanceOfSatisfying(SmppSendException.class, e -> {
                            assertThat(e.accepted()).containsExactly(new AcceptedPart(1, "j3"));
                            assertThat(e.notAccepted()).containsExactly(2);
                            assertThat(e.getMessage())
                                    .isEqualTo("part 2 of 3 rejected by the SMSC (command_status 0x00000045);"
                                            + " accepted: part 1 as 'j3'; not accepted: part 2");
                        });
            } finally {
                session.unbindAndClose();
            }
            assertThat(smsc.submits()).hasSize(1);
        }
    }

    @Test
    void aDroppedSessionNamesThePartsAcceptedBeforeIt() throws Exception {
        SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(1));
        try (JsmppSmsc smsc = new JsmppSmsc()) {
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            assertThat(sender.send(session, SENDER, HANDSET, "short")).containsExactly("j1");
            smsc.dropConnection();
            session.unbindAndClose();
            assertThatThrownBy(() -> sender.send(session, SENDER, HANDSET, THREE_PARTS))
                    .isInstanceOfSatisfying(SmppSendException.class, e -> {
                        assertThat(e.failure()).isEqualTo(SendFailure.CONNECTION);
                        assertThat(e.failedSequence()).isEqualTo(1);
                        assertThat(e.accepted()).isEmpty();
                        assertThat(e.notAccepted()).containsExactly(1, 2, 3);
                        assertThat(e.commandStatus()).isEmpty();
                    });
        }
    }

    @Test
    void aSessionThatDropsMidMessageNamesThePartsAcceptedBeforeIt() throws Exception {
        SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(1));
        try (JsmppSmsc smsc = new JsmppSmsc()) {
            smsc.dropOnSubmit(2);
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            session.setTransactionTimer(2_000);
            try {
                assertThatThrownBy(() -> sender.send(session, SENDER, HANDSET, THREE_PARTS))
                        .isInstanceOfSatisfying(SmppSendException.class, e -> {
                            // a dropped connection surfaces as an I/O error or, if jsmpp is still waiting, a timeout
                            assertThat(e.failure()).isIn(SendFailure.CONNECTION, SendFailure.TIMEOUT);
                            assertThat(e.failedSequence()).isEqualTo(2);
                            assertThat(e.accepted()).containsExactly(new AcceptedPart(1, "j1"));
                            assertThat(e.notAccepted()).containsExactly(2, 3);
                            assertThat(e.getCause()).isNotNull();
                        });
            } finally {
                session.unbindAndClose();
            }
            assertThat(smsc.submits()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fixtures.Server.class)
    void anAddressOutsidePrintableAsciiFailsBeforeSending(Fixtures.Server server) throws Exception {
        SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(1));
        try (TestSmsc smsc = server.start()) {
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            try {
                // jsmpp would write these as UTF-8 octets (41 of them) or as a control octet inside the address
                assertThatThrownBy(() -> sender.send(
                                session, SmppAddress.alphanumeric("\u00E9".repeat(20)), HANDSET, THREE_PARTS))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("source address has U+00E9 at index 0;"
                                + " SMPP sends addresses as printable ASCII (0x20 to 0x7E)");
                assertThatThrownBy(
                                () -> sender.send(session, SENDER, SmppAddress.international("4477\u0001\u0040"), "hi"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("destination address has U+0001 at index 4;"
                                + " SMPP sends addresses as printable ASCII (0x20 to 0x7E)");
                assertThatThrownBy(() -> sender.send(session, SENDER, SmppAddress.international("447\u007F"), "hi"))
                        .hasMessageStartingWith("destination address has U+007F at index 3;");
                // a received data_sm address may be 64 characters long, a submit_sm one only 20
                assertThatThrownBy(() -> sender.send(session, new SmppAddress(1, 1, "4".repeat(21)), HANDSET, "hi"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("source address has 21 characters; submit_sm carries at most 20"
                                + " (SMPP 3.4 section 4.4.1)");
                // the session is still fine: the next message goes out, and it is the only one the SMSC saw
                assertThat(sender.send(session, SENDER, HANDSET, "hi")).hasSize(1);
            } finally {
                session.unbindAndClose();
            }
            assertThat(smsc.submits()).hasSize(1);
            assertThat(smsc.submits().get(0).destination()).isEqualTo(HANDSET);
        }
    }

    @Test
    void aForcedEncodingThatCannotCarryTheTextFailsBeforeSending() throws Exception {
        SmppOptions gsm =
                SmppOptions.defaults().withSms(SmppOptions.defaults().sms().withEncoding(EncodingChoice.GSM7));
        SmppSender sender = SmppSender.create(gsm, ReferenceSource.counter(1));
        try (CloudhopperSmsc smsc = new CloudhopperSmsc()) {
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            try {
                assertThatThrownBy(() -> sender.send(session, SENDER, HANDSET, "x".repeat(300) + "\u0416"))
                        .isInstanceOfSatisfying(SmsException.class, e -> {
                            assertThat(e.error()).isEqualTo(SmsError.UNENCODABLE);
                            assertThat(e.characters()).hasSize(1);
                            assertThat(e.characters().get(0).index()).isEqualTo(300);
                        });
            } finally {
                session.unbindAndClose();
            }
            assertThat(smsc.submits()).isEmpty();
        }
    }
}
