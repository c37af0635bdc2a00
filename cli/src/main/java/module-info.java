/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The septet command line: {@code java -jar septet.jar analyze|encode|decode}. A client of core's public API;
 * arguments through picocli, JSON through Jackson.
 */
module dev.septet.cli {
    requires dev.septet.sms;
    requires dev.septet.rules;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    exports dev.septet.cli;

    // picocli reads and sets the annotated option fields reflectively
    opens dev.septet.cli to
            info.picocli;
}
