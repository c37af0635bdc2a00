/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import com.cloudhopper.commons.util.windowing.WindowFuture;
import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppServerConfiguration;
import com.cloudhopper.smpp.SmppServerHandler;
import com.cloudhopper.smpp.SmppServerSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppServer;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.BaseBind;
import com.cloudhopper.smpp.pdu.BaseBindResp;
import com.cloudhopper.smpp.pdu.BaseSm;
import com.cloudhopper.smpp.pdu.DataSm;
import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.GenericNack;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.tlv.Tlv;
import com.cloudhopper.smpp.type.Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * cloudhopper-smpp's server (com.fizzed:ch-smpp) on a loopback port: a second, independent SMPP implementation
 * that decodes every submit_sm with its own PDU parser.
 */
final class CloudhopperSmsc extends TestSmsc {
    private final DefaultSmppServer server;
    private final int port;
    private final CompletableFuture<SmppServerSession> session = new CompletableFuture<>();
    private final AtomicInteger seen = new AtomicInteger();
    private volatile int nackAt = -1;
    private volatile int nackStatus;

    CloudhopperSmsc() throws Exception {
        // Netty 3 does not report the port it bound for port 0, so take one the OS just handed out on loopback
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        SmppServerConfiguration config = new SmppServerConfiguration();
        config.setHost("127.0.0.1");
        config.setPort(port);
        config.setSystemId("cloudhopper");
        config.setName("cloudhopper-smsc");
        config.setNonBlockingSocketsEnabled(true);
        config.setDefaultRequestExpiryTimeout(10_000);
        config.setDefaultWindowMonitorInterval(5_000);
        config.setDefaultWindowSize(5);
        config.setDefaultWindowWaitTimeout(10_000);
        config.setJmxEnabled(false);
        server = new DefaultSmppServer(config, new Handler());
        server.start();
    }

    @Override
    int port() {
        return port;
    }

    @Override
    int deliver(
            SmppAddress source,
            SmppAddress destination,
            int esmClass,
            int dataCoding,
            byte[] shortMessage,
            List<dev.septet.smpp.Tlv> tlvs)
            throws Exception {
        DeliverSm pdu = new DeliverSm();
        pdu.setShortMessage(shortMessage);
        return send(pdu, source, destination, esmClass, dataCoding, tlvs);
    }

    /**
     * Sends a data_sm, whose addresses may hold 64 characters, carrying the user data in message_payload; returns the
     * command_status of the response.
     */
    int dataSm(
            SmppAddress source, SmppAddress destination, int esmClass, int dataCoding, List<dev.septet.smpp.Tlv> tlvs)
            throws Exception {
        return send(new DataSm(), source, destination, esmClass, dataCoding, tlvs);
    }

    @SuppressWarnings("rawtypes")
    private int send(
            BaseSm pdu,
            SmppAddress source,
            SmppAddress destination,
            int esmClass,
            int dataCoding,
            List<dev.septet.smpp.Tlv> tlvs)
            throws Exception {
        pdu.setSourceAddress(new Address((byte) source.ton(), (byte) source.npi(), source.address()));
        pdu.setDestAddress(new Address((byte) destination.ton(), (byte) destination.npi(), destination.address()));
        pdu.setEsmClass((byte) esmClass);
        pdu.setDataCoding((byte) dataCoding);
        for (dev.septet.smpp.Tlv t : tlvs) {
            pdu.addOptionalParameter(new Tlv((short) t.tag(), t.value()));
        }
        WindowFuture<Integer, PduRequest, PduResponse> future =
                session.get(10, TimeUnit.SECONDS).sendRequestPdu(pdu, 10_000, true);
        if (!future.await(10_000) || !future.isSuccess()) {
            throw new IllegalStateException(
                    pdu.getName() + " got no response: done=" + future.isDone() + " cancelled=" + future.isCancelled(),
                    future.getCause());
        }
        return future.getResponse().getCommandStatus();
    }

    /**
     * Answers the n-th submit_sm (1-based) with a generic_nack carrying the command_status, as an SMSC that throttles
     * at the protocol layer does, instead of a submit_sm_resp.
     */
    void nackSubmit(int n, int commandStatus) {
        nackStatus = commandStatus;
        nackAt = n;
    }

    @Override
    String name() {
        return "cloudhopper";
    }

    @Override
    public void close() {
        server.destroy();
    }

    private final class Handler implements SmppServerHandler {
        @Override
        @SuppressWarnings("rawtypes")
        public void sessionBindRequested(Long id, SmppSessionConfiguration config, BaseBind request) {
            config.setName("cloudhopper-session-" + id);
        }

        @Override
        public void sessionCreated(Long id, SmppServerSession created, BaseBindResp response) {
            created.serverReady(new Recorder());
            session.complete(created);
        }

        @Override
        public void sessionDestroyed(Long id, SmppServerSession destroyed) {
            destroyed.destroy();
        }
    }

    private final class Recorder extends DefaultSmppSessionHandler {
        @Override
        @SuppressWarnings("rawtypes")
        public PduResponse firePduRequestReceived(PduRequest request) {
            if (!(request instanceof SubmitSm)) {
                return request.createResponse();
            }
            SubmitSm pdu = (SubmitSm) request;
            if (seen.incrementAndGet() == nackAt) {
                GenericNack nack = new GenericNack();
                nack.setSequenceNumber(pdu.getSequenceNumber());
                nack.setCommandStatus(nackStatus);
                return nack;
            }
            SubmitSmResp response = pdu.createResponse();
            List<dev.septet.smpp.Tlv> tlvs = new ArrayList<>();
            if (pdu.getOptionalParameters() != null) {
                for (Tlv t : pdu.getOptionalParameters()) {
                    tlvs.add(new dev.septet.smpp.Tlv(t.getTag() & 0xFFFF, t.getValue()));
                }
            }
            String id = record(new RecordedPdu(
                    address(pdu.getSourceAddress()),
                    address(pdu.getDestAddress()),
                    pdu.getEsmClass() & 0xFF,
                    pdu.getDataCoding() & 0xFF,
                    pdu.getShortMessage(),
                    tlvs));
            if (id == null) {
                response.setCommandStatus(SmppConstants.STATUS_SUBMITFAIL);
            } else {
                response.setMessageId(id);
            }
            return response;
        }

        private SmppAddress address(Address a) {
            return new SmppAddress(a.getTon() & 0xFF, a.getNpi() & 0xFF, a.getAddress());
        }
    }
}
