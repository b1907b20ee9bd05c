package org.alliancebrief.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;

/**
 * PDF/A-2u and reproducible bytes: the sRGB output intent, fixed dates, XMP that repeats the Info
 * dictionary, and a file identifier derived from the document's own bytes.
 */
final class Archival {
    static final int CONFORMANCE = PdfWriter.PDFA2U;
    private static final String ICC = "sRGB.icc";
    private static final String SRGB = "sRGB IEC61966-2.1";
    // Stands in for the file identifier until the bytes it is a hash of are known.
    private static final byte[] PLACEHOLDER =
            "AB~id~placeholdr".getBytes(StandardCharsets.US_ASCII);

    private Archival() {}

    /** Before the document opens: the conformance level and the provisional identifier. */
    static void prepare(PdfWriter writer) {
        writer.setPDFXConformance(CONFORMANCE);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(PLACEHOLDER, PLACEHOLDER));
    }

    /** Just after the document opens: the output intent with the bundled sRGB profile. */
    static void addOutputIntent(PdfWriter writer) throws IOException {
        try (InputStream in = Archival.class.getResourceAsStream(ICC)) {
            if (in == null) {
                throw new IOException("ICC profile " + ICC + " missing from the classpath");
            }
            writer.setOutputIntents(SRGB, null, "http://www.color.org", SRGB, in.readAllBytes());
        }
    }

    /** Before closing: fixed dates, then the XMP packet made from the now final Info entries. */
    static void finish(PdfWriter writer, Instant created) throws IOException {
        PdfDate date = new PdfDate(calendar(created));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        // Copies the Info entries and declares pdfaid part 2, conformance U.
        writer.createXmpMetadata();
    }

    /**
     * The finished bytes with the placeholder identifier replaced by one derived from an MD5 of
     * those bytes. The identifier is 16 hex digits taken as ASCII bytes, so that it can replace the
     * placeholder both as the trailer's hex string and as the Info dictionary's literal string
     * without changing any length or offset.
     */
    static byte[] withContentId(byte[] pdf) {
        byte[] id =
                HexFormat.of()
                        .formatHex(md5(pdf))
                        .substring(0, PLACEHOLDER.length)
                        .getBytes(StandardCharsets.US_ASCII);
        byte[] out = pdf.clone();
        replaceAll(out, PLACEHOLDER, id);
        replaceAll(out, hex(PLACEHOLDER), hex(id));
        return out;
    }

    private static void replaceAll(byte[] bytes, byte[] from, byte[] to) {
        for (int i = indexOf(bytes, from, 0); i >= 0; i = indexOf(bytes, from, i + from.length)) {
            System.arraycopy(to, 0, bytes, i, to.length);
        }
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.setTimeInMillis(instant.toEpochMilli() / 1000 * 1000);
        return calendar;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the Java platform", e);
        }
    }

    // OpenPDF writes the trailer /ID as lower-case hex strings.
    private static byte[] hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes).getBytes(StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
