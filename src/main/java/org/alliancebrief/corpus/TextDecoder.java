package org.alliancebrief.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file's bytes: a BOM if present, else UTF-8, else Windows-1252. A file of valid
 * UTF-8 with a few bad bytes stays UTF-8, the bad bytes read as U+FFFD and counted: read whole as
 * Windows-1252 it would garble every curly quotation mark.
 */
final class TextDecoder {
    /** The decoded text, and how many bytes were not valid UTF-8 and were replaced. */
    record Decoded(String text, int badBytes) {}

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More control characters than this share of the text means it is not text at all. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {}

    /** The text of {@code bytes}, or null when they are binary. */
    static String decode(byte[] bytes) {
        Decoded d = read(bytes);
        return d == null ? null : d.text();
    }

    /**
     * The text of {@code bytes} with the count of bad bytes replaced, or null when they are binary.
     */
    static Decoded read(byte[] bytes) {
        String text;
        int[] bad = new int[1];
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
            text = utf8(bytes, skip, bad);
        }
        return looksBinary(text, bad[0]) ? null : new Decoded(text, bad[0]);
    }

    private static String utf8(byte[] bytes, int skip, int[] bad) {
        // The JDK's own decoding is the fastest; it replaces bad bytes by U+FFFD, so a text without
        // one was valid UTF-8 and needs nothing more. Else decode again, counting the bad bytes.
        String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip + 1);
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        int multibyte = 0;
        while (true) {
            int before = out.position();
            CoderResult r = decoder.decode(in, out, true);
            for (int i = before; i < out.position(); i++) {
                multibyte += out.get(i) > 0x7F ? 1 : 0;
            }
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isError()) {
                bad[0] += r.length();
                in.position(in.position() + r.length());
                out.put('\uFFFD');
            }
        }
        // Bad bytes amid valid multi-byte characters are damage; with none valid, the file is 1252.
        if (bad[0] > 0 && bad[0] >= multibyte) {
            bad[0] = 0;
            return new String(bytes, skip, bytes.length - skip, WINDOWS_1252);
        }
        out.flip();
        return out.toString();
    }

    private static boolean looksBinary(String text, int replaced) {
        // A few bad bytes amid valid UTF-8 are damage, already counted and warned of: not binary.
        long control = -replaced;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0
                    || c == 0xFFFD
                    || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
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
