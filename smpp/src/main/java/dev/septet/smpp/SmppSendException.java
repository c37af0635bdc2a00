/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jsmpp.GenericNackResponseException;

/**
 * Sending a message stopped at one of its parts: says which parts the SMSC accepted (with their message ids), which
 * part failed and why, and which parts were never sent, so nothing is lost silently. Thrown by
 * {@link SmppSender#send}; the parts before the failed one were delivered to the SMSC and cannot be recalled, so
 * a caller that retries should send only {@link #notAccepted()} (in {@link SmppMode#UDH} and {@link SmppMode#SAR}
 * with the same reference, from {@link SmppSender#submission}).
 *
 * <p>Text errors (too many parts, a character the forced encoding cannot carry) are not reported here: they are
 * found before anything is sent and thrown as core's {@code SmsException}.
 */
public final class SmppSendException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the part failed. */
    private final SendFailure failure;
    /** The number of the part that failed, 1 to 255. */
    private final int failedSequence;
    /** The SMSC's command_status for {@link SendFailure#REJECTED}, otherwise 0. */
    private final int commandStatus;
    /** The parts accepted before the failure, in order. */
    private final transient List<AcceptedPart> accepted;
    /** The failed part and every part of the submission after it, as numbered. */
    private final transient List<Integer> notAccepted;

    /**
     * Creates the exception.
     *
     * @param notAccepted the numbers of the failed part and of the submission's parts after it, in sending order
     * @param total the number of parts of the message, 1 to 255
     */
    SmppSendException(
            SendFailure failure,
            List<Integer> notAccepted,
            int total,
            int commandStatus,
            List<AcceptedPart> accepted,
            Throwable cause) {
        super(message(failure, notAccepted, total, commandStatus, accepted, cause), cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.failedSequence = notAccepted.get(0);
        this.commandStatus = commandStatus;
        this.accepted = List.copyOf(accepted);
        this.notAccepted = List.copyOf(notAccepted);
    }

    private static String message(
            SendFailure failure,
            List<Integer> notAccepted,
            int total,
            int status,
            List<AcceptedPart> accepted,
            Throwable cause) {
        int failed = notAccepted.get(0);
        StringBuilder m = new StringBuilder("part ")
                .append(failed)
                .append(" of ")
                .append(total)
                .append(' ')
                .append(
                        failure == SendFailure.REJECTED
                                ? String.format(
                                        java.util.Locale.ROOT,
                                        "rejected by the SMSC%s (command_status 0x%08X)",
                                        cause instanceof GenericNackResponseException ? " with generic_nack" : "",
                                        status)
                                : "failed (" + failure + ")");
        m.append("; accepted: ");
        if (accepted.isEmpty()) {
            m.append("none");
        }
        for (int i = 0; i < accepted.size(); i++) {
            AcceptedPart a = accepted.get(i);
            m.append(i == 0 ? "" : ", ")
                    .append("part ")
                    .append(a.sequence())
                    .append(" as '")
                    .append(a.messageId())
                    .append('\'');
        }
        m.append("; not accepted: ");
        int last = notAccepted.get(notAccepted.size() - 1);
        if (notAccepted.size() == 1) {
            m.append("part ").append(failed);
        } else if (consecutive(notAccepted)) {
            m.append("parts ").append(failed).append(" to ").append(last);
        } else {
            m.append("parts ");
            for (int i = 0; i < notAccepted.size(); i++) {
                m.append(i == 0 ? "" : ", ").append(notAccepted.get(i));
            }
        }
        if (failure == SendFailure.TIMEOUT) {
            m.append(" (part ").append(failed).append(" timed out: the SMSC may have accepted it)");
        }
        return m.toString();
    }

    /** Tells whether each number is one more than the one before it. */
    private static boolean consecutive(List<Integer> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) != numbers.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns why the part failed.
     *
     * @return the stable code, never null
     */
    public SendFailure failure() {
        return failure;
    }

    /**
     * Returns the number of the part that failed.
     *
     * @return 1 to 255
     */
    public int failedSequence() {
        return failedSequence;
    }

    /**
     * Returns the {@code command_status} of the SMSC's negative response: a {@code submit_sm_resp} with an error
     * status, or a {@code generic_nack} (SMPP 3.4 section 4.3).
     *
     * @return the status for {@link SendFailure#REJECTED} (any 32-bit value; vendor codes above 0x7FFFFFFF are
     *     negative as an int), empty otherwise
     */
    public OptionalInt commandStatus() {
        return failure == SendFailure.REJECTED ? OptionalInt.of(commandStatus) : OptionalInt.empty();
    }

    /**
     * Returns the parts the SMSC accepted before the failure, with their message ids.
     *
     * @return the accepted parts in order, possibly empty (empty after deserialisation)
     */
    public List<AcceptedPart> accepted() {
        return accepted == null ? List.of() : accepted;
    }

    /**
     * Returns the numbers of the parts not accepted: the failed part and every part the submission held after it,
     * in sending order (for a whole message, the failed part to the last). The later parts were never sent; the
     * failed part may have been, and after {@link SendFailure#TIMEOUT} the SMSC may even have accepted it (see
     * {@link #failure()}).
     *
     * @return the part numbers in order, at least one (empty after deserialisation)
     */
    public List<Integer> notAccepted() {
        return notAccepted == null ? List.of() : notAccepted;
    }
}
