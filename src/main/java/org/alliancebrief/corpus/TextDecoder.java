package org.alliancebrief.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a text file's bytes: a BOM if present, else strict UTF-8, else Windows-1252. */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than this share of the text means it is not text at all. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {}

    /** The text of {@code bytes}, or null when they are binary. */
    static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    return null; // text files never hold NUL; UTF-16 without a BOM is not supported
                }
            }
            text = utf8(bytes, skip);
        }
        return looksBinary(text) ? null : text;
    }

    private static String utf8(byte[] bytes, int skip) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer);
            return chars.toString();
        } catch (CharacterCodingException e) {
            // Not valid UTF-8: older Windows editors and many scrapers write Windows-1252.
            return new String(bytes, skip, bytes.length - skip, WINDOWS_1252);
        }
    }

    private static boolean looksBinary(String text) {
        long control = text.chars().filter(c -> c == 0 || c == 0xFFFD
                || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        return control > 0 && control > text.length() * MAX_CONTROL_SHARE;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
