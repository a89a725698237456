package org.passerelle.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files the tests upload, made on the spot (the content bundle tests use them too). */
public final class Samples {

    private Samples() {
    }

    /**
     * A 300×200 picture as it should be seen (red, green, blue and yellow quarters, clockwise from the
     * top left), stored so that EXIF orientation {@code orientation} is needed to see it upright.
     */
    public static byte[] orientedJpeg(int orientation) {
        int w = 300;
        int h = 200;
        boolean swapped = orientation >= 5;
        BufferedImage stored = new BufferedImage(swapped ? h : w, swapped ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] s = storedPosition(orientation, x, y, w, h);
                stored.setRGB(s[0], s[1], quarterColour(x, y, w, h));
            }
        }
        return withExif(jpeg(stored, 0.95f), orientation, true);
    }

    static int quarterColour(int x, int y, int w, int h) {
        boolean left = x < w / 2;
        boolean top = y < h / 2;
        Color c = top ? (left ? Color.RED : Color.GREEN) : (left ? Color.YELLOW : Color.BLUE);
        return c.getRGB();
    }

    /** Where the displayed pixel (x, y) lies in the stored image, per the EXIF orientation tag. */
    private static int[] storedPosition(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 2 -> new int[] {w - 1 - x, y};
            case 3 -> new int[] {w - 1 - x, h - 1 - y};
            case 4 -> new int[] {x, h - 1 - y};
            case 5 -> new int[] {y, x};
            case 6 -> new int[] {y, w - 1 - x};
            case 7 -> new int[] {h - 1 - y, w - 1 - x};
            case 8 -> new int[] {h - 1 - y, x};
            default -> new int[] {x, y};
        };
    }

    /** Adds EXIF: orientation, and when asked capture date, artist, copyright and GPS (Chartres). */
    static byte[] withExif(byte[] jpeg, int orientation, boolean details) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            if (details) {
                root.add(TiffTagConstants.TIFF_TAG_ARTIST, "Akiko Tanaka");
                root.add(TiffTagConstants.TIFF_TAG_COPYRIGHT, "Ville de Chartres");
                exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL,
                        "2024:05:17 14:32:05");
                exif.setGpsInDegrees(1.4875, 48.4476);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo-like JPEG: gradients and noise, so that it compresses like a real one. */
    public static byte[] photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width + random.nextInt(24)) & 0xff;
                int g = (y * 255 / height + random.nextInt(24)) & 0xff;
                int b = ((x + y) * 127 / (width + height) + random.nextInt(24)) & 0xff;
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return jpeg(image, 0.9f);
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 600×400, the left half opaque orange, the right half fully transparent. */
    static byte[] pngWithAlpha() {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 300, 400);
        g.dispose();
        return png(image);
    }

    static byte[] opaquePng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.CYAN);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return png(image);
    }

    /** A few hundred bytes declaring a 30000×30000 grey image (900 MP if it were ever decoded). */
    static byte[] pixelBombPng() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            writeInt(ihdr, 30000);
            writeInt(ihdr, 30000);
            ihdr.write(new byte[] {8, 0, 0, 0, 0});
            chunk(out, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
                z.write(new byte[30001 * 4]);
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        writeInt(out, data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /**
     * A DOCX whose document.xml inflates to {@code megabytes} MB of one repeated paragraph: a few
     * hundred KB on the wire.
     */
    static byte[] docxBomb(int megabytes) {
        return docx(out -> {
            byte[] paragraph = "<w:p><w:r><w:t>bombe bombe bombe bombe bombe bombe bombe</w:t></w:r></w:p>"
                    .getBytes(StandardCharsets.UTF_8);
            long target = megabytes * 1024L * 1024L;
            for (long written = 0; written < target; written += paragraph.length) {
                out.write(paragraph);
            }
        });
    }

    /** A small, genuine DOCX with the given paragraphs. */
    public static byte[] docx(String... paragraphs) {
        return docx(out -> {
            for (String p : paragraphs) {
                out.write(("<w:p><w:r><w:t>" + p + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] docx(Body body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(9);
                Map<String, String> parts = new LinkedHashMap<>();
                parts.put("[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""");
                parts.put("_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                        </Relationships>""");
                for (var part : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                        + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(zip);
                zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of one page per text, in Helvetica (WinAnsi covers French). */
    public static byte[] frenchPdf(String... pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(50, 720);
                    content.setLeading(14);
                    for (String line : wrap(text, 90)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF of Japanese text. No CJK font is needed: the text is drawn with a non-embedded
     * CID font (Identity-H, one code per distinct character) whose ToUnicode map gives the characters
     * back, which is all text extraction reads.
     */
    static byte[] japanesePdf(String text) {
        try (PDDocument doc = new PDDocument()) {
            Map<Integer, Integer> codes = new LinkedHashMap<>();
            StringBuilder hex = new StringBuilder();
            text.codePoints().forEach(cp -> {
                int code = codes.computeIfAbsent(cp, k -> codes.size() + 1);
                hex.append("%04X".formatted(code));
            });
            StringBuilder cmap = new StringBuilder("""
                    /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                    /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                    /CMapName /Adobe-Identity-UCS def /CMapType 2 def
                    1 begincodespacerange <0000> <FFFF> endcodespacerange
                    """);
            cmap.append(codes.size()).append(" beginbfchar\n");
            codes.forEach((cp, code) -> cmap.append("<%04X> <%s>\n".formatted(code,
                    HexFormatHolder.utf16(cp))));
            cmap.append("endbfchar endcmap CMapName currentdict /CMap defineresource pop end end\n");
            PDStream toUnicode = new PDStream(doc);
            try (OutputStream out = toUnicode.createOutputStream()) {
                out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
            }

            COSDictionary info = new COSDictionary();
            info.setItem(COSName.REGISTRY, new COSString("Adobe"));
            info.setItem(COSName.ORDERING, new COSString("Identity"));
            info.setItem(COSName.SUPPLEMENT, COSInteger.ZERO);
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "HeiseiMin-W3");
            descriptor.setInt(COSName.FLAGS, 4);
            COSArray bbox = new COSArray();
            for (int v : new int[] {0, -120, 1000, 880}) {
                bbox.add(COSInteger.get(v));
            }
            descriptor.setItem(COSName.FONT_BBOX, bbox);
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, 880);
            descriptor.setInt(COSName.DESCENT, -120);
            descriptor.setInt(COSName.CAP_HEIGHT, 700);
            descriptor.setInt(COSName.STEM_V, 80);
            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
            cidFont.setName(COSName.BASE_FONT, "HeiseiMin-W3");
            cidFont.setItem(COSName.CIDSYSTEMINFO, info);
            cidFont.setItem(COSName.FONT_DESC, descriptor);
            cidFont.setInt(COSName.DW, 1000);
            COSArray descendants = new COSArray();
            descendants.add(cidFont);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setName(COSName.BASE_FONT, "HeiseiMin-W3");
            font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
            font.setItem(COSName.DESCENDANT_FONTS, descendants);
            font.setItem(COSName.TO_UNICODE, toUnicode);

            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            PDStream content = new PDStream(doc);
            try (OutputStream out = content.createOutputStream()) {
                out.write(("BT /F1 10 Tf 40 720 Td <" + hex + "> Tj ET").getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class HexFormatHolder {
        static String utf16(int codePoint) {
            StringBuilder s = new StringBuilder();
            for (char c : Character.toChars(codePoint)) {
                s.append("%04X".formatted((int) c));
            }
            return s.toString();
        }
    }

    private static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
