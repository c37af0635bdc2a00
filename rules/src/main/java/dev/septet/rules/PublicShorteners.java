/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.List;

/**
 * The default list of public URL shortener domains: the shared domains of shortening services that anyone can
 * create links on, so a carrier cannot tell one sender's links from a spammer's. A custom (branded) domain served by
 * the same services is the sender's own and is not listed. Callers add or replace domains through
 * {@link RuleTable#withPublicShortenerDomains(java.util.Collection)}.
 */
final class PublicShorteners {

    /** The domains, lower case; a link on one of them or on any subdomain of one is flagged. */
    static final List<String> DOMAINS = List.of(
            "bit.ly", // Bitly
            "bitly.com", // Bitly
            "j.mp", // Bitly
            "tinyurl.com", // TinyURL
            "tiny.cc", // tiny.cc
            "t.co", // X (Twitter)
            "goo.gl", // Google URL Shortener (retired, links still resolve)
            "ow.ly", // Hootsuite
            "buff.ly", // Buffer
            "is.gd", // is.gd
            "v.gd", // v.gd
            "rebrand.ly", // Rebrandly shared domain
            "rb.gy", // Rebrandly free shortener
            "cutt.ly", // Cuttly
            "shorturl.at", // ShortURL
            "t.ly", // T.LY
            "bit.do", // Bit.do
            "s.id", // s.id
            "lnkd.in", // LinkedIn
            "qrco.de", // QR Code Generator
            "shorte.st", // Shorte.st
            "adf.ly", // AdFly
            "clck.ru", // Yandex
            "short.gy", // Short.io shared domain
            "dub.sh", // Dub shared domain
            "kutt.it", // Kutt public instance
            "surl.li", // surl.li
            "urlz.fr"); // urlz.fr

    private PublicShorteners() {}
}
