package org.jornada.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Real files made in the test: a JPEG carrying GPS and camera EXIF, a PNG with text chunks, a PDF
 * with an author in its document information and XMP. Nothing is mocked: these are the bytes a
 * phone or a word processor would send.
 */
public final class TestFiles {

    public static final String CAMERA = "JornadaTestPhone";
    public static final String AUTHOR = "Juan Pérez Trabajador";
    public static final String CAPTURED = "2026:05:14 10:30:00";

    private TestFiles() {
    }

    public static byte[] plainJpeg() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 60));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.drawString("$", 20, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an EXIF block: camera make, DateTimeOriginal, and GPS 25°45'N 80°11'W. */
    public static byte[] jpegWithGps() {
        byte[] jpeg = plainJpeg();
        byte[] exif = exifWithGps();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        int length = exif.length + 2;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries (12 bytes each) + count + next = 2 + 36 + 4 = 42 -> ends at 50
        int makeOffset = 50;
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        int exifIfd = makeOffset + make.length + (make.length % 2);
        // Exif IFD: 1 entry = 2 + 12 + 4 = 18
        int dateOffset = exifIfd + 18;
        byte[] date = (CAPTURED + "\0").getBytes(StandardCharsets.US_ASCII);
        int gpsIfd = dateOffset + date.length;
        // GPS IFD: 4 entries = 2 + 48 + 4 = 54
        int latOffset = gpsIfd + 54;
        int lonOffset = latOffset + 24;
        tiff.putShort((short) 3);
        entry(tiff, 0x010F, 2, make.length, makeOffset);
        entry(tiff, 0x8769, 4, 1, exifIfd);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        tiff.position(makeOffset);
        tiff.put(make);
        tiff.position(exifIfd);
        tiff.putShort((short) 1);
        entry(tiff, 0x9003, 2, date.length, dateOffset);
        tiff.putInt(0);
        tiff.position(dateOffset);
        tiff.put(date);
        tiff.position(gpsIfd);
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3, latOffset);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'W').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0004, 5, 3, lonOffset);
        tiff.putInt(0);
        tiff.position(latOffset);
        tiff.putInt(25).putInt(1).putInt(45).putInt(1).putInt(0).putInt(1);
        tiff.putInt(80).putInt(1).putInt(11).putInt(1).putInt(0).putInt(1);
        int end = tiff.position();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(tiff.array(), 0, end);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** A PNG with a tEXt chunk naming an author. */
    public static byte[] pngWithText() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = png.toByteArray();
        byte[] text = ("Author\0" + AUTHOR).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + text.length);
        chunk.putInt(text.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(text);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + text.length);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, 33); // signature + IHDR
        out.writeBytes(chunk.array());
        out.write(bytes, 33, bytes.length - 33);
        return out.toByteArray();
    }

    /** A one-page PDF whose document information and XMP name an author. */
    public static byte[] pdfWithAuthor() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor(AUTHOR);
            document.getDocumentInformation().setCreator("Contrato Word");
            document.getDocumentInformation().setCreationDate(java.util.Calendar.getInstance());
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata(("<?xpacket begin=''?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                    + "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
                    + "xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>" + AUTHOR
                    + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
                    .getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An MP3-looking voice note: an ID3v2 tag naming an artist, then MPEG frame headers. */
    public static byte[] mp3WithTag() {
        byte[] frame = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64};
        byte[] tagBody = ("TPE1" + "\0\0\0\u0015" + "\0\0" + "\0" + AUTHOR).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, (byte) tagBody.length});
        out.writeBytes(tagBody);
        for (int i = 0; i < 50; i++) {
            out.writeBytes(frame);
            out.writeBytes(new byte[413]);
        }
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle)
                || new String(haystack, StandardCharsets.UTF_8).contains(needle);
    }
}
