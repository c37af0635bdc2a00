/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/** jsmpp's own SMPPServerSession on an ephemeral loopback port: the reference implementation of the client. */
final class JsmppSmsc extends TestSmsc {
    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final CompletableFuture<SMPPServerSession> session = new CompletableFuture<>();
    private final Thread acceptor;
    private volatile int dropAt = -1;
    private int seen;

    JsmppSmsc() throws IOException {
        socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        ServerConnectionFactory loopback = new ServerConnectionFactory() {
            @Override
            public ServerConnection listen(int port) {
                return new ServerSocketConnection(socket);
            }

            @Override
            public ServerConnection listen(int port, int timeout) throws IOException {
                socket.setSoTimeout(timeout);
                return new ServerSocketConnection(socket);
            }

            @Override
            public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
                return listen(port, timeout);
            }
        };
        listener = new SMPPServerSessionListener(socket.getLocalPort(), 10_000, loopback);
        listener.setMessageReceiverListener(new Recorder());
        acceptor = new Thread(this::acceptOne, "jsmpp-smsc-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptOne() {
        try {
            SMPPServerSession s = listener.accept();
            BindRequest bind = s.waitForBind(10_000);
            bind.accept("jsmpp-smsc");
            session.complete(s);
        } catch (Exception e) {
            session.completeExceptionally(e);
        }
    }

    @Override
    int port() {
        return socket.getLocalPort();
    }

    @Override
    int deliver(
            SmppAddress source,
            SmppAddress destination,
            int esmClass,
            int dataCoding,
            byte[] shortMessage,
            List<Tlv> tlvs)
            throws Exception {
        SMPPServerSession s = session.get(10, TimeUnit.SECONDS);
        try {
            s.deliverShortMessage(
                    "",
                    source.jsmppTon(),
                    source.jsmppNpi(),
                    source.address(),
                    destination.jsmppTon(),
                    destination.jsmppNpi(),
                    destination.address(),
                    new ESMClass(esmClass),
                    (byte) 0,
                    (byte) 0,
                    new RegisteredDelivery(0),
                    new RawDataCoding((byte) dataCoding),
                    shortMessage,
                    SmppSender.jsmpp(tlvs));
            return 0;
        } catch (NegativeResponseException e) {
            return e.getCommandStatus();
        }
    }

    /** Sends a data_sm carrying the user data in message_payload; returns the command_status of the response. */
    int dataSm(SmppAddress source, SmppAddress destination, int esmClass, int dataCoding, List<Tlv> tlvs)
            throws Exception {
        SMPPServerSession s = session.get(10, TimeUnit.SECONDS);
        try {
            s.dataShortMessage(
                    "",
                    source.jsmppTon(),
                    source.jsmppNpi(),
                    source.address(),
                    destination.jsmppTon(),
                    destination.jsmppNpi(),
                    destination.address(),
                    new ESMClass(esmClass),
                    new RegisteredDelivery(0),
                    new RawDataCoding((byte) dataCoding),
                    SmppSender.jsmpp(tlvs));
            return 0;
        } catch (NegativeResponseException e) {
            return e.getCommandStatus();
        }
    }

    /** Closes the connection when the n-th submit_sm arrives (1-based), instead of answering it. */
    void dropOnSubmit(int n) {
        dropAt = n;
    }

    /** Drops the connection, as a failing SMSC or network would. */
    void dropConnection() throws Exception {
        session.get(10, TimeUnit.SECONDS).close();
    }

    @Override
    String name() {
        return "jsmpp";
    }

    @Override
    public void close() {
        session.thenAccept(SMPPServerSession::unbindAndClose);
        try {
            listener.close();
            acceptor.join(5_000);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Recorder implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm pdu, SMPPServerSession source) throws ProcessRequestException {
            if (++seen == dropAt) {
                source.close();
                throw new ProcessRequestException("connection dropped by the test", 0x08);
            }
            String id = record(new RecordedPdu(
                    new SmppAddress(pdu.getSourceAddrTon() & 0xFF, pdu.getSourceAddrNpi() & 0xFF, pdu.getSourceAddr()),
                    new SmppAddress(pdu.getDestAddrTon() & 0xFF, pdu.getDestAddrNpi() & 0xFF, pdu.getDestAddress()),
                    pdu.getEsmClass() & 0xFF,
                    pdu.getDataCoding() & 0xFF,
                    pdu.getShortMessage(),
                    SmppReceiver.tlvs(pdu)));
            if (id == null) {
                throw new ProcessRequestException("rejected by the test", 0x45);
            }
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti pdu, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm pdu, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm pdu, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm pdu, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm pdu, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm pdu, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm pdu, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm pdu, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
