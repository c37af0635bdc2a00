/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

/**
 * How the parts of a long message travel in {@code submit_sm} PDUs.
 *
 * <table>
 *   <caption>The three modes</caption>
 *   <tr><th>Mode</th><th>Concatenation carried in</th><th>National tables</th><th>PDUs</th></tr>
 *   <tr><td>{@link #UDH}</td><td>User Data Header at the start of {@code short_message}, {@code esm_class}
 *       0x40</td><td>yes (header elements 0x24/0x25)</td><td>one per part</td></tr>
 *   <tr><td>{@link #SAR}</td><td>TLVs {@code sar_msg_ref_num}, {@code sar_total_segments},
 *       {@code sar_segment_seqnum}</td><td>no</td><td>one per part</td></tr>
 *   <tr><td>{@link #MESSAGE_PAYLOAD}</td><td>nothing: the SMSC splits</td><td>no</td><td>one</td></tr>
 * </table>
 */
public enum SmppMode {
    /**
     * Concatenation in the User Data Header (3GPP TS 23.040 clause 9.2.3.24.1 or .8), set {@code esm_class} bit
     * 0x40 (UDHI, SMPP 3.4 section 5.2.12); national language elements when tables are enabled. Every SMSC passes it
     * through, so it is the default.
     */
    UDH,
    /**
     * No header: the segment number travels in the TLVs {@code sar_msg_ref_num}, {@code sar_total_segments}
     * and {@code sar_segment_seqnum} (SMPP 3.4 sections 5.3.2.22 to 5.3.2.24), and the SMSC writes the concatenation
     * header itself. Each segment is cut so it still fits once that header is added: 153 septets or 67 UCS-2
     * units (152 or 66 when the options ask for the 16-bit reference). The reference sent is 0 to 255, so the SMSC
     * can write the 8-bit element the segments leave room for; 0 to 65535 with the 16-bit reference. The SMSC must
     * support the SAR TLVs.
     */
    SAR,
    /**
     * One {@code submit_sm} with {@code sm_length} 0 and the whole message in the {@code message_payload} TLV
     * (SMPP 3.4 section 5.3.2.32, up to 64 KiB); the SMSC splits it. Septet reports the part count the SMSC will bill,
     * computed as for {@link #SAR}. The SMSC must support {@code message_payload} in {@code submit_sm}.
     */
    MESSAGE_PAYLOAD
}
