package com.chefweb.media.upload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells what a file really is from its first bytes, whatever the uploader said: a page that lies about a file's type
 * gets it refused, not served under a type a browser would trust.
 */
final class FileSignatures {

    /** How many leading bytes {@link #matches} needs. */
    static final int NEEDED = 16;

    private FileSignatures() {
    }

    /** Whether these leading bytes are those of a file of this content type. */
    static boolean matches(String contentType, byte[] head) {
        return switch (contentType) {
            // ISO base media (mp4) and QuickTime share a layout: a box size, then the box type
            case "video/mp4", "video/quicktime" -> isoMedia(head);
            case "video/webm" -> startsWith(head, 0, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3});
            case "image/jpeg" -> startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "image/png" -> startsWith(head, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "image/webp" -> ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP");
            default -> false;
        };
    }

    private static boolean isoMedia(byte[] head) {
        return ascii(head, 4, "ftyp") || ascii(head, 4, "moov") || ascii(head, 4, "mdat") || ascii(head, 4, "wide")
                || ascii(head, 4, "free");
    }

    private static boolean ascii(byte[] head, int offset, String text) {
        return startsWith(head, offset, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] head, int offset, byte[] prefix) {
        return head.length >= offset + prefix.length
                && Arrays.equals(head, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
