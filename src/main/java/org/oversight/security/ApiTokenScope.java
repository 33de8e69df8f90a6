package org.oversight.security;

import org.oversight.base.i18n.Messages;

/** What an API token may do: read only, or also write what its owner's role may write. */
public enum ApiTokenScope {
    READ,
    READ_WRITE;

    /** "Read", "Read and write", in the reader's language. */
    public String label() {
        return this == READ ? Messages.t("security.api-token-scope.read") : Messages.t("security.api-token-scope.read-write");
    }
}
