/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.septet.sms.Analysis;
import dev.septet.sms.CharacterAt;
import dev.septet.sms.Concatenation;
import dev.septet.sms.DecodedMessage;
import dev.septet.sms.EncodedMessage;
import dev.septet.sms.EncodedPart;
import dev.septet.sms.InformationElement;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.Replacement;
import dev.septet.sms.Segment;
import dev.septet.sms.SeptetFormat;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The JSON contract: core's results as objects whose fields and order are stable (see the README). */
final class Results {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    /** The most characters a {@code nonGsm} list shows; {@code nonGsmCount} gives the whole number. */
    static final int MAX_LISTED = 100;

    private Results() {}

    private static void tables(
            ObjectNode result, Optional<NationalLanguage> locking, Optional<NationalLanguage> single) {
        result.put("lockingShift", locking.map(NationalLanguage::code).orElse(null));
        result.put("singleShift", single.map(NationalLanguage::code).orElse(null));
    }

    static ObjectNode analysis(Analysis analysis, List<Segment> segments) {
        ObjectNode result = Json.object();
        result.put("encoding", analysis.encoding().name());
        tables(result, analysis.lockingShift(), analysis.singleShift());
        result.put("characters", analysis.characters());
        result.put("units", analysis.units());
        result.put("parts", analysis.parts());
        result.put("unitsPerPart", analysis.unitsPerPart());
        result.put("remaining", analysis.remaining());
        result.put("udhOctets", analysis.udhOctets());
        result.set("nonGsm", characters(analysis.nonGsm()));
        result.put("nonGsmCount", analysis.nonGsm().size());
        ArrayNode replacements = result.putArray("replacements");
        for (Replacement r : analysis.replacements()) {
            replacements
                    .addObject()
                    .put("index", r.index())
                    .put("original", r.original())
                    .put("replacement", r.replacement());
        }
        result.put("partsWithoutSmartEncoding", analysis.partsWithoutSmartEncoding());
        result.put("partsWithoutNonGsm", analysis.partsWithoutNonGsm());
        ArrayNode parts = result.putArray("segments");
        for (Segment s : segments) {
            parts.addObject().put("text", s.text()).put("units", s.units());
        }
        return result;
    }

    /** Lists the first {@link #MAX_LISTED} characters, so a long text cannot turn into megabytes of JSON. */
    static ArrayNode characters(List<CharacterAt> characters) {
        ArrayNode list = Json.object().arrayNode();
        for (CharacterAt c : characters.subList(0, Math.min(characters.size(), MAX_LISTED))) {
            list.addObject()
                    .put("index", c.index())
                    .put("char", c.text())
                    .put("codePoint", c.unicode())
                    .put("name", c.name());
        }
        return list;
    }

    static ObjectNode encoded(EncodedMessage message, SeptetFormat format) {
        ObjectNode result = Json.object();
        Analysis analysis = message.analysis();
        result.put("encoding", analysis.encoding().name());
        tables(result, analysis.lockingShift(), analysis.singleShift());
        result.put("format", format.name().toLowerCase(Locale.ROOT));
        ArrayNode parts = result.putArray("parts");
        for (EncodedPart p : message.parts()) {
            parts.addObject()
                    .put("udh", HEX.formatHex(p.udh()))
                    .put("userData", HEX.formatHex(p.userData()))
                    .put("udl", p.udl())
                    .put("dcs", p.dcs())
                    .put("udhi", p.udhi())
                    .put("text", p.text())
                    .put("units", p.units());
        }
        return result;
    }

    static ObjectNode decoded(DecodedMessage message) {
        ObjectNode result = Json.object();
        result.put("text", message.text());
        result.put("encoding", message.encoding().name());
        tables(result, message.lockingShift(), message.singleShift());
        if (message.concatenation().isPresent()) {
            Concatenation c = message.concatenation().get();
            result.putObject("concat")
                    .put("reference", c.reference())
                    .put("total", c.total())
                    .put("sequence", c.sequence())
                    .put("reference16", c.reference16());
        } else {
            result.putNull("concat");
        }
        ArrayNode ies = result.putArray("ies");
        for (InformationElement e : message.informationElements()) {
            ies.addObject()
                    .put("iei", e.identifier())
                    .put("data", HEX.formatHex(e.data()))
                    .put("applied", e.applied());
        }
        return result;
    }
}
