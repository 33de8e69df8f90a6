package org.oversight.boardpack;

/**
 * A finished board pack.
 *
 * @param reused true when an identical pack (same figures, same day) was made before and handed out again
 */
public record BoardPack(String fileName, byte[] pdf, String dataHash, boolean reused) {
}
