package org.oversight.publication;

/** Published after a publication decision or redaction, so that what the public is served is built again. */
public record PublicRegisterChanged(String why) {
}
