package org.oversight.security;

/** What an API token may do: read only, or also write what its owner's role may write. */
public enum ApiTokenScope {
    READ("Read"),
    READ_WRITE("Read and write");

    private final String label;

    ApiTokenScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
